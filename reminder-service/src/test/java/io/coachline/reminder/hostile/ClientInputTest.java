package io.coachline.reminder.hostile;

import io.coachline.testsupport.HostileRequest;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.coachline.reminder.reminders.Fixtures.FJORD_COACH1;
import static io.coachline.reminder.reminders.Fixtures.applied;
import static io.coachline.reminder.reminders.Fixtures.eventually;
import static io.coachline.reminder.reminders.Fixtures.fjordSeeker;
import static io.coachline.reminder.reminders.Fixtures.publishApplication;
import static io.coachline.reminder.reminders.Fixtures.seeker;
import static io.coachline.testsupport.HostileRequest.get;
import static io.coachline.testsupport.HostileRequest.json;
import static io.restassured.RestAssured.given;

/**
 * Issue 13, "No 5xx from anything a client sends", for reminder-service: bad query parameters name
 * the parameter (400, not 404), cursors of other lists or with impossible dates are 400
 * {@code cursor}, bodies with NUL, out-of-range dates or overflowing numbers name their field, and
 * nothing changes.
 */
@QuarkusTest
class ClientInputTest {

    static final String SEEKER = "fjord-seeker1";
    static final String COACH = "fjord-coach1";
    static final String ADMIN = "fjord-admin";
    static final UUID SEEKER_ID = fjordSeeker(1);
    static String reminderId;

    /** Once per class, in @BeforeEach: RestAssured knows the service's port only from the first test on. */
    @BeforeEach
    void setUp() {
        aReminder();
    }

    static void aReminder() {
        if (reminderId != null) {
            return;
        }
        seeker("fjord", SEEKER_ID, "Fjord Seeker One", "fjord-seeker1@fjord.example", "nb", FJORD_COACH1);
        UUID app = UUID.randomUUID();
        UUID another = UUID.randomUUID();
        publishApplication("fjord", app, "tracker.application.created.v1", applied(app, SEEKER_ID, "Hostile AS", 30, Instant.now()));
        publishApplication("fjord", another, "tracker.application.created.v1", applied(another, SEEKER_ID, "Second AS", 30, Instant.now()));
        reminderId = firstReminderOf(app);
        firstReminderOf(another); // two reminders at least: the lists have a second page at limit=1
    }

    static String firstReminderOf(UUID app) {
        return eventually(() -> {
            List<String> ids = as(SEEKER).queryParam("applicationId", app.toString()).get("/api/reminders").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            return ids.isEmpty() ? null : ids.get(0);
        });
    }

    static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<HostileRequest> rows() {
        String range = "from 1900-01-01 to 2200-12-31";
        String clients = "/api/clients/" + SEEKER_ID + "/reminders";
        String snooze = "/api/reminders/{id}/snooze";
        String policy = "{\"thankYouAfterWorkingDays\":1,\"caseFollowUpAfterWorkingDays\":3,\"statusWithoutDateMin\":7,"
                + "\"statusWithoutDateMax\":10,\"afterDecisionDateWorkingDays\":1,\"applicationNoAnswerWorkingDays\":10,"
                + "\"nextRoundExpectedWorkingDays\":10,\"onHoldStatusWorkingDays\":10,\"coolDownDays\":%s,"
                + "\"giveUpAfterUnansweredFollowUps\":3,\"softLimitOpenApplications\":10,\"morningHour\":8,"
                + "\"holidays\":{\"added\":[%s],\"removed\":[]}}";
        return Stream.of(
                get("from=2026-13-45", SEEKER, "/api/reminders?from=2026-13-45", "from", "yyyy-MM-dd"),
                get("to=+999999999-12-31", SEEKER, "/api/reminders?to=%2B999999999-12-31", "to", range),
                get("from=-99999-01-01", SEEKER, "/api/reminders?from=-99999-01-01", "from", range),
                get("applicationId=abc", SEEKER, "/api/reminders?applicationId=abc", "applicationId", "UUID"),
                get("limit=abc", SEEKER, "/api/reminders?limit=abc", "limit", "1 to 500"),
                get("limit=9223372036854775808", SEEKER, "/api/reminders?limit=9223372036854775808", "limit", "1 to 500"),
                get("a client's limit=abc", COACH, clients + "?limit=abc", "limit", "1 to 500"),
                get("cursor=LTE", SEEKER, "/api/reminders?cursor=LTE", "cursor", null),
                get("another list's cursor", SEEKER, "/api/reminders?cursor=" + b64("applications|2026-01-01T00:00:00Z|" + UUID.randomUUID()), "cursor", null),
                get("the client list's cursor on the own list", SEEKER, "/api/reminders?cursor=" + b64("client-reminders|50"), "cursor", null),
                get("the old cursor format", SEEKER, "/api/reminders?cursor=" + b64("2026-01-01|" + UUID.randomUUID()), "cursor", null),
                get("far-future day in a cursor", SEEKER, "/api/reminders?cursor=" + b64("reminders|+999999999-12-31|" + UUID.randomUUID()), "cursor", null),
                get("a client's cursor=LTE", COACH, clients + "?cursor=LTE", "cursor", null),
                get("a client's forged offset", COACH, clients + "?cursor=" + b64("client-reminders|-5"), "cursor", null),
                json("snooze until +999999999-12-31", SEEKER, "POST", snooze, "{\"until\":\"+999999999-12-31\"}", "until", range),
                json("snooze until a number", SEEKER, "POST", snooze, "{\"until\":0}", "until", null),
                json("snooze until NUL", SEEKER, "POST", snooze, "{\"until\":\"\\u0000\"}", "until", null),
                json("policy holiday in year -99999", ADMIN, "PUT", "/api/policy", policy.formatted("7", "\"-99999-01-01\""), "holidays.added[0]", range),
                json("policy number overflow", ADMIN, "PUT", "/api/policy", policy.formatted("9223372036854775808", ""), "coolDownDays", "out of range"),
                json("policy number 1e400", ADMIN, "PUT", "/api/policy", policy.formatted("1e400", ""), "coolDownDays", "out of range"),
                json("policy number as text", ADMIN, "PUT", "/api/policy", policy.formatted("\"seven\"", ""), "coolDownDays", "whole number"),
                json("template with NUL", ADMIN, "PUT", "/api/policy/templates/F5/en", "{\"template\":\"Subject: x\\u0000\"}", "template", "NUL"),
                json("truncated JSON", ADMIN, "PUT", "/api/policy", "{\"coolDownDays\":", "body", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void refusedNamingTheFieldWithNothingWritten(HostileRequest row) {
        row.assertRefused(reminderId, ClientInputTest::state);
    }

    @Test
    void bodyOverTheLimitIs413WithTheLimit() {
        HostileRequest.assertBodyOverTheLimitIs413(SEEKER, "POST", "/api/reminders/" + reminderId + "/snooze");
    }

    @Test
    void cursorsThisServiceGaveOutStillPage() {
        String next = as(SEEKER).get("/api/reminders?limit=1").then().statusCode(200).extract().path("nextCursor");
        as(SEEKER).get("/api/reminders?limit=1&cursor=" + next).then().statusCode(200);
        String clientNext = as(COACH).get("/api/clients/" + SEEKER_ID + "/reminders?limit=1").then().statusCode(200)
                .extract().path("nextCursor");
        as(COACH).get("/api/clients/" + SEEKER_ID + "/reminders?limit=1&cursor=" + clientNext).then().statusCode(200);
    }

    /** The tenant's policy and F5 template, and the reminder under test. */
    static Object state() {
        Map<String, Object> policy = as(ADMIN).get("/api/policy").then().statusCode(200).extract().jsonPath().getMap("");
        policy.remove("replan");
        Map<String, Object> reminder = as(SEEKER).get("/api/reminders/" + reminderId).then().statusCode(200).extract().jsonPath().getMap("");
        return List.of(policy, String.valueOf(reminder.get("status")), String.valueOf(reminder.get("dueOn")),
                String.valueOf(reminder.get("snoozedUntil")),
                as(ADMIN).get("/api/policy/templates/F5/en").then().statusCode(200).extract().asString());
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }
}
