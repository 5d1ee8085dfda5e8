package io.coachline.feedback.report;

import io.coachline.feedback.Fixtures;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A hand-computed caseload: 17 fresh seekers S1..S17 of a fresh coach in tenant fjord. Every number
 * asserted here is worked out in the comments, suppressed cells included.
 */
@QuarkusTest
class ReportResourceTest {

    static final String SUPPRESSED = "suppressed";
    static UUID coach;
    static final UUID[] S = new UUID[18];
    static boolean loaded;

    @Inject
    DataSource dataSource;

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.accessToken("fjord-admin")).queryParam("coachId", coach);
    }

    @BeforeEach
    void fixture() throws Exception {
        if (loaded) {
            return;
        }
        coach = UUID.randomUUID();
        Fixtures.person("fjord", coach, "COACH", null);
        List<UUID> apps = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            S[i] = UUID.randomUUID();
            Fixtures.person("fjord", S[i], "SEEKER", coach);
        }
        Instant interview = Instant.parse("2025-02-10T10:00:00Z");
        for (int i = 1; i <= 17; i++) {
            UUID app = UUID.randomUUID();
            apps.add(app);
            String body;
            if (i <= 6) {
                // S1..S6: interview, offer 2,4,..,12 days later (median 7); S1..S5 accept; one outbound thank-you each
                Instant offered = interview.plusSeconds(86400L * 2 * i);
                String accepted = i <= 5 ? ",{\"from\":\"OFFER\",\"to\":\"ACCEPTED\",\"at\":\"" + offered.plusSeconds(86400) + "\"}" : "";
                body = "\"stage\":\"" + (i <= 5 ? "ACCEPTED" : "OFFER") + "\",\"interviews\":[{\"round\":1,\"scheduledAt\":\"" + interview
                        + "\",\"completedAt\":\"" + interview + "\"}],\"interactions\":[{\"direction\":\"OUTBOUND\",\"purpose\":\"THANK_YOU\"}],"
                        + "\"stageHistory\":[{\"from\":null,\"to\":\"APPLIED\",\"at\":\"2025-02-01T08:00:00Z\"},"
                        + "{\"from\":\"APPLIED\",\"to\":\"INTERVIEW\",\"at\":\"2025-02-05T08:00:00Z\"},"
                        + "{\"from\":\"INTERVIEW\",\"to\":\"OFFER\",\"at\":\"" + offered + "\"}" + accepted + "]";
            } else if (i <= 11) {
                // S7..S11: two unanswered follow-ups, then given up
                body = "\"stage\":\"NO_RESPONSE\",\"interviews\":[],\"interactions\":[{\"direction\":\"OUTBOUND\",\"purpose\":\"STATUS_CHECK\"},"
                        + "{\"direction\":\"OUTBOUND\",\"purpose\":\"CLOSING\"}],\"stageHistory\":[{\"from\":\"APPLIED\",\"to\":\"NO_RESPONSE\",\"at\":\"2025-03-01T08:00:00Z\"}]";
            } else if (i <= 16) {
                // S12..S16: applied, silence, no follow-up
                body = "\"stage\":\"APPLIED\",\"interviews\":[],\"interactions\":[],\"stageHistory\":[]";
            } else {
                // S17: no follow-up, the employer wrote back with a rejection
                body = "\"stage\":\"REJECTED\",\"interviews\":[],\"interactions\":[{\"direction\":\"INBOUND\",\"purpose\":\"OTHER\"}],"
                        + "\"stageHistory\":[{\"from\":\"APPLIED\",\"to\":\"REJECTED\",\"at\":\"2025-02-20T08:00:00Z\"}]";
            }
            Fixtures.application("fjord", app, S[i], "tracker.application.updated.v1",
                    "\"sector\":\"PRIVATE\",\"appliedOn\":\"2025-02-01\",\"createdAt\":\"2025-02-01T08:00:00Z\",\"contacts\":[]," + body);
        }
        List<UUID> seekers = new ArrayList<>(java.util.Arrays.asList(S).subList(1, 18));
        seekers.add(coach);
        Fixtures.awaitClients("fjord", seekers);
        Fixtures.awaitApplications("fjord", apps);

        LocalDate day = LocalDate.parse("2025-03-01");
        List<EntryRows.Row> rows = new ArrayList<>();
        // better-fit: S1..S6, S1 twice = 7 entries, 6 seekers; received; strengths: S1..S4 communication+preparation, S5 preparation
        for (int i = 1; i <= 6; i++) {
            List<String> strengths = i <= 4 ? List.of("communication", "preparation") : i == 5 ? List.of("preparation") : List.of();
            rows.add(new EntryRows.Row(S[i], apps.get(i - 1), "better-fit", strengths, List.of("experience-gap"), true, true, "PRIVATE", "OFFER", day));
        }
        rows.add(new EntryRows.Row(S[1], apps.get(0), "better-fit", List.of(), List.of(), true, true, "PRIVATE", "OFFER", day));
        // more-experience: S1..S5 = 5 entries, 5 seekers, asked and not answered
        for (int i = 1; i <= 5; i++) {
            rows.add(new EntryRows.Row(S[i], apps.get(i - 1), "more-experience", List.of(), List.of(), true, false, "PRIVATE", "OFFER", day));
        }
        // salary: S7, S8 = 2 entries, 2 seekers (small)
        for (int i = 7; i <= 8; i++) {
            rows.add(new EntryRows.Row(S[i], apps.get(i - 1), "salary", List.of(), List.of(), true, false, "PRIVATE", "APPLIED", day));
        }
        // location: S7..S12 = 6 entries, 6 seekers
        for (int i = 7; i <= 12; i++) {
            rows.add(new EntryRows.Row(S[i], apps.get(i - 1), "location", List.of(), List.of(), true, false, "PRIVATE", "APPLIED", day));
        }
        try (Connection c = dataSource.getConnection()) {
            EntryRows.insert(c, "fjord", rows);
        }
        loaded = true;
    }

    @Test
    void rejectionReasonsHideTheSmallCellAndItsComplement() {
        // total 7+5+2+6 = 20 entries. salary counts 2 seekers -> hidden; alone it could be recomputed as 20-7-5-6,
        // so the next smallest non-empty cell (more-experience, 5) is hidden too.
        admin().get("/api/reports/rejection-reasons").then().statusCode(200)
                .body("total.entries", equalTo(20))
                .body("rows.find { it.code == 'better-fit' }.entries", equalTo(7))
                .body("rows.find { it.code == 'better-fit' }.seekers", equalTo(6))
                .body("rows.find { it.code == 'better-fit' }.share", equalTo(0.35f))
                .body("rows.find { it.code == 'location' }.entries", equalTo(6))
                .body("rows.find { it.code == 'location' }.share", equalTo(0.3f))
                .body("rows.find { it.code == 'salary' }.entries.suppressed", equalTo(true))
                .body("rows.find { it.code == 'salary' }.share.suppressed", equalTo(true))
                .body("rows.find { it.code == 'more-experience' }.entries.suppressed", equalTo(true))
                .body("rows.find { it.code == 'internal-candidate' }.entries", equalTo(0))
                .body("rows.find { it.code == 'better-fit' }.label", equalTo("Another candidate fit better"));
    }

    @Test
    void filtersNarrowThePeriodSectorAndStage() {
        admin().queryParam("from", "2025-03-02").get("/api/reports/rejection-reasons").then().statusCode(200).body("total.entries", equalTo(0));
        admin().queryParam("from", "2025-03-01").queryParam("to", "2025-03-01").get("/api/reports/rejection-reasons").then()
                .statusCode(200).body("total.entries", equalTo(20));
        admin().queryParam("sector", "PUBLIC").get("/api/reports/rejection-reasons").then().statusCode(200).body("total.entries", equalTo(0));
        // stage reached APPLIED: salary (2 seekers) + location (6) = 8 entries; salary hidden, location its only complement
        admin().queryParam("stageReached", "APPLIED").get("/api/reports/rejection-reasons").then().statusCode(200)
                .body("rows.find { it.code == 'salary' }.entries.suppressed", equalTo(true))
                .body("rows.find { it.code == 'location' }.entries.suppressed", equalTo(true))
                .body("total.entries", equalTo(8));
        admin().queryParam("from", "1 March").queryParam("sector", "SPACE").get("/api/reports/rejection-reasons").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("from", "sector"));
    }

    @Test
    void tagsUsedByFourSeekersAreHiddenByFiveShown() {
        // communication: S1..S4 (4 seekers) hidden; preparation: S1..S5 shown; experience-gap: S1..S6 = 6 entries
        admin().get("/api/reports/tags").then().statusCode(200)
                .body("rows.find { it.code == 'communication' }.entries.suppressed", equalTo(true))
                .body("rows.find { it.code == 'communication' }.seekers.suppressed", equalTo(true))
                .body("rows.find { it.code == 'preparation' }.entries", equalTo(5))
                .body("rows.find { it.code == 'preparation' }.seekers", equalTo(5))
                .body("rows.find { it.code == 'experience-gap' && it.kind == 'WEAKNESS' }.entries", equalTo(6));
    }

    @Test
    void funnelCountsEachStepAndTheTimeToDecision() {
        // 17 applied; interview S1..S6 (out: 11) 6/17; offer S1..S6 (out: 0) 6/6; accepted S1..S5 but the one offer not
        // accepted (S6) is a single seeker: 6-5 would reveal it, so accepted and its rate are hidden.
        // interview to decision: 2,4,6,8,10,12 days -> median 7.
        admin().get("/api/reports/funnel").then().statusCode(200)
                .body("rows.find { it.step == 'APPLIED' }.applications", equalTo(17))
                .body("rows.find { it.step == 'APPLIED' }.seekers", equalTo(17))
                .body("rows.find { it.step == 'INTERVIEW' }.applications", equalTo(6))
                .body("rows.find { it.step == 'INTERVIEW' }.rate", equalTo(0.3529f))
                .body("rows.find { it.step == 'OFFER' }.applications", equalTo(6))
                .body("rows.find { it.step == 'OFFER' }.rate", equalTo(1.0f))
                .body("rows.find { it.step == 'ACCEPTED' }.applications.suppressed", equalTo(true))
                .body("rows.find { it.step == 'ACCEPTED' }.rate.suppressed", equalTo(true))
                .body("rows.find { it.step == 'INTERVIEW_TO_DECISION' }.applications", equalTo(6))
                .body("rows.find { it.step == 'INTERVIEW_TO_DECISION' }.medianDays", equalTo(7.0f));
    }

    @Test
    void feedbackObtainedWhenAsked() {
        // all 20 entries asked; received: the 7 better-fit entries of S1..S6; not received 13 entries of S1..S5, S7..S12
        admin().get("/api/reports/feedback-obtained").then().statusCode(200)
                .body("total.entries", equalTo(20)).body("total.seekers", equalTo(12))
                .body("rows.find { it.group == 'RECEIVED' }.entries", equalTo(7))
                .body("rows.find { it.group == 'RECEIVED' }.share", equalTo(0.35f))
                .body("rows.find { it.group == 'NOT_RECEIVED' }.seekers", equalTo(11));
    }

    @Test
    void followUpEffectComparesWithAndWithout() {
        // with follow-ups: S1..S11 = 11; responded S1..S6 = 6 (rate 0.5455); offers S1..S6 = 6.
        // without: S12..S17 = 6; only S17 heard back (one seeker): hidden; no offers: 0.
        admin().get("/api/reports/follow-up-effect").then().statusCode(200)
                .body("rows.find { it.group == 'WITH_FOLLOW_UP' }.applications", equalTo(11))
                .body("rows.find { it.group == 'WITH_FOLLOW_UP' }.responded", equalTo(6))
                .body("rows.find { it.group == 'WITH_FOLLOW_UP' }.responseRate", equalTo(0.5455f))
                .body("rows.find { it.group == 'WITH_FOLLOW_UP' }.offerRate", equalTo(0.5455f))
                .body("rows.find { it.group == 'WITHOUT_FOLLOW_UP' }.applications", equalTo(6))
                .body("rows.find { it.group == 'WITHOUT_FOLLOW_UP' }.responded.suppressed", equalTo(true))
                .body("rows.find { it.group == 'WITHOUT_FOLLOW_UP' }.responseRate.suppressed", equalTo(true))
                .body("rows.find { it.group == 'WITHOUT_FOLLOW_UP' }.offers", equalTo(0));
    }

    @Test
    void everyReportIsCsvToo() {
        admin().queryParam("format", "csv").get("/api/reports/rejection-reasons").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("code,label,entries,seekers,share\r\n"))
                .body(containsString("\r\nbetter-fit,Another candidate fit better,7,6,0.35\r\n"))
                .body(containsString("\r\nsalary,Salary,suppressed,suppressed,suppressed\r\n"))
                .body(containsString("\r\nTOTAL,,20,,1.0\r\n"));
        for (String report : List.of("tags", "funnel", "feedback-obtained", "follow-up-effect")) {
            admin().queryParam("format", "csv").get("/api/reports/" + report).then().statusCode(200).contentType(startsWith("text/csv"));
        }
    }

    @Test
    void whoReadsReports() {
        for (String report : List.of("rejection-reasons", "tags", "funnel", "feedback-obtained", "follow-up-effect")) {
            given().auth().oauth2(Tokens.accessToken("fjord-seeker1")).get("/api/reports/" + report).then().statusCode(403);
            given().auth().oauth2(Tokens.accessToken("fjord-coach1")).get("/api/reports/" + report).then().statusCode(200);
        }
        // a coach reads their own caseload only; the other tenant's admin never sees this tenant's numbers
        given().auth().oauth2(Tokens.accessToken("fjord-coach1")).queryParam("coachId", coach).get("/api/reports/funnel").then().statusCode(404);
        given().auth().oauth2(Tokens.accessToken("nordlys-admin")).queryParam("coachId", coach).get("/api/reports/rejection-reasons")
                .then().statusCode(200).body("total.entries", equalTo(0));
        given().auth().oauth2(Tokens.accessToken("nordlys-admin")).queryParam("coachId", coach).get("/api/reports/funnel")
                .then().statusCode(200).body("rows.find { it.step == 'APPLIED' }.applications", equalTo(0));
        given().get("/api/reports/funnel").then().statusCode(401);
    }
}
