package io.coachline.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static io.coachline.systemtests.ApiThroughTheGatewayTest.call;
import static io.coachline.systemtests.ApiThroughTheGatewayTest.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Facts keep their dates, across the whole platform (issue 15): for each way a seeker logs something after the fact —
 * create, CSV import, an interview booked after it took place, a dated stage move — the tracker dates it when it
 * happened, reminder-service counts from that date, and the follow-up shows as overdue, first, with its original day.
 */
class FactsLoggedLateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String SEEKER = "fjord-seeker6";

    @BeforeAll
    static void platform() {
        assumeFalse(Boolean.getBoolean("skipSystemTests"), "system tests skipped (-DskipSystemTests)");
        SystemStack.ensureRunning();
    }

    private static LocalDate today() {
        return LocalDate.now(OSLO);
    }

    @Test
    void anApplicationTypedInWeeksLateHasItsStatusCheckOverdueFromTheDayItWasSent() throws Exception {
        String token = token(SEEKER);
        LocalDate sent = today().minusDays(42);
        HttpResponse<String> created = call("POST", "/api/applications", token, "{\"employer\":\"Late Create "
                + System.nanoTime() + "\",\"position\":\"Analyst\",\"sector\":\"PRIVATE\",\"appliedOn\":\"" + sent + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode app = JSON.readTree(created.body()).path("application");
        assertEquals(sent, LocalDate.ofInstant(Instant.parse(app.path("stageSince").asText()), OSLO),
                "the stage is dated when the application was sent: " + app);

        JsonNode f5 = awaitReminder(token, app.path("id").asText(), r -> "F5".equals(r.path("rule").asText()));
        assertStatusCheckCountsFrom(sent, f5);
    }

    @Test
    void anImportedHistoryCountsFromTheFilesDates() throws Exception {
        String token = token(SEEKER);
        LocalDate sent = today().minusDays(45);
        String employer = "Late Import " + System.nanoTime();
        String csv = "Company,Job Title,Date Applied,Status\r\n" + employer + ",Designer," + sent + ",Sent\r\n";
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(SystemStack.gatewayUrl()
                        + "/api/applications/import")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(imported.statusCode() == 200 || imported.statusCode() == 201, imported.body());

        String id = applicationIdOf(token, employer);
        JsonNode f5 = awaitReminder(token, id, r -> "F5".equals(r.path("rule").asText()));
        assertStatusCheckCountsFrom(sent, f5);
    }

    @Test
    void anInterviewLoggedAfterItTookPlaceLeavesOneOverdueStepAndDatesTheStage() throws Exception {
        String token = token(SEEKER);
        String id = create(token, "Late Interview", today().minusDays(60));
        Instant held = today().minusDays(30).atTime(10, 0).atZone(OSLO).toInstant();
        HttpResponse<String> booked = call("POST", "/api/applications/" + id + "/interviews", token,
                "{\"scheduledAt\":\"" + held + "\",\"format\":\"VIDEO\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        // and marks it done, as the portal does: it was held when it was scheduled (the default)
        String interviewId = JSON.readTree(booked.body()).path("id").asText();
        HttpResponse<String> completed = call("POST", "/api/applications/" + id + "/interviews/" + interviewId
                + "/complete", token, "{}");
        assertEquals(200, completed.statusCode(), completed.body());

        JsonNode app = JSON.readTree(call("GET", "/api/applications/" + id, token, null).body());
        assertEquals("INTERVIEW", app.path("stage").asText());
        assertEquals(held, Instant.parse(app.path("stageSince").asText()), "INTERVIEW is dated at the interview: " + app);

        // the interview's follow-ups all arrived overdue: the thank-you note is closed as missed, and of the rest only
        // the latest step stays open (docs/follow-up-rules.md, "Late arrivals"), counted from the interview
        List<JsonNode> all = awaitReminders(token, id, rs -> rs.stream().anyMatch(r -> "F1".equals(r.path("rule").asText())
                && "MISSED".equals(r.path("status").asText())) && rs.stream().anyMatch(FactsLoggedLateTest::isOpen));
        List<JsonNode> open = all.stream().filter(FactsLoggedLateTest::isOpen).toList();
        assertEquals(1, open.size(), "one open follow-up, not a flood: " + all);
        JsonNode step = open.get(0);
        assertTrue(step.path("overdue").asBoolean(), step.toString());
        LocalDate due = LocalDate.parse(step.path("dueOn").asText());
        assertTrue(due.isBefore(today()) && due.isAfter(LocalDate.ofInstant(held, OSLO)), "counted from the interview: " + step);
    }

    @Test
    void aRejectionMovedWithItsOwnDateAsksForFeedbackFromThatDay() throws Exception {
        String token = token(SEEKER);
        String id = create(token, "Late Rejection", today().minusDays(50));
        LocalDate rejected = today().minusDays(20);
        HttpResponse<String> moved = call("POST", "/api/applications/" + id + "/stage", token,
                "{\"stage\":\"REJECTED\",\"at\":\"" + rejected + "\"}");
        assertEquals(200, moved.statusCode(), moved.body());

        JsonNode f7 = awaitReminder(token, id, r -> "F7".equals(r.path("rule").asText()));
        LocalDate due = LocalDate.parse(f7.path("dueOn").asText());
        assertTrue(due.isAfter(rejected) && !due.isAfter(rejected.plusDays(5)),
                "the feedback request is due the working day after the rejection, not after today: " + f7);
        assertTrue(f7.path("overdue").asBoolean(), f7.toString());

        // a move dated before the previous one is refused, naming the field
        HttpResponse<String> earlier = call("POST", "/api/applications/" + id + "/stage", token,
                "{\"stage\":\"APPLIED\",\"reopen\":true,\"at\":\"" + today().minusDays(55) + "\"}");
        assertEquals(400, earlier.statusCode(), earlier.body());
        assertTrue(earlier.body().contains("\"at\""), earlier.body());
    }

    // ----------------------------------------------------------------------------------------------------------

    private static void assertStatusCheckCountsFrom(LocalDate sent, JsonNode f5) {
        LocalDate due = LocalDate.parse(f5.path("dueOn").asText());
        long days = ChronoUnit.DAYS.between(sent, due);
        // 10 working days: two weeks, a few days more when public holidays fall in between
        assertTrue(days >= 14 && days <= 21, "F5 is due 10 working days after " + sent + ", not after today: " + f5);
        assertTrue(due.isBefore(today()), f5.toString());
        assertTrue(f5.path("overdue").asBoolean(), "shown as overdue: " + f5);
        assertTrue(isOpen(f5), "still open, never moved to the future: " + f5);
    }

    private static boolean isOpen(JsonNode r) {
        return List.of("SCHEDULED", "DUE", "SNOOZED").contains(r.path("status").asText());
    }

    private static String create(String token, String employer, LocalDate sent) throws Exception {
        HttpResponse<String> created = call("POST", "/api/applications", token, "{\"employer\":\"" + employer + " "
                + System.nanoTime() + "\",\"position\":\"Analyst\",\"sector\":\"PRIVATE\",\"appliedOn\":\"" + sent + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("application").path("id").asText();
    }

    private static String applicationIdOf(String token, String employer) throws Exception {
        HttpResponse<String> list = call("GET", "/api/applications?limit=500", token, null);
        assertEquals(200, list.statusCode(), list.body());
        for (JsonNode a : JSON.readTree(list.body()).path("items")) {
            if (employer.equals(a.path("employer").asText())) {
                return a.path("id").asText();
            }
        }
        throw new AssertionError("imported application " + employer + " not in the log: " + list.body());
    }

    private static JsonNode awaitReminder(String token, String applicationId, Predicate<JsonNode> which) throws Exception {
        List<JsonNode> found = awaitReminders(token, applicationId, all -> all.stream().anyMatch(which));
        return found.stream().filter(which).findFirst().orElseThrow();
    }

    /** The application's reminders once {@code done} holds for them; reminder-service plans from Kafka, so wait. */
    private static List<JsonNode> awaitReminders(String token, String applicationId, Predicate<List<JsonNode>> done)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        List<JsonNode> all = List.of();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = call("GET", "/api/reminders?applicationId=" + applicationId + "&limit=100", token, null);
            assertEquals(200, r.statusCode(), r.body());
            all = new ArrayList<>();
            JSON.readTree(r.body()).path("items").forEach(all::add);
            if (done.test(all)) {
                return all;
            }
            Thread.sleep(500);
        }
        assertFalse(true, "reminders of " + applicationId + " never reached the expected state: " + all);
        return all;
    }
}
