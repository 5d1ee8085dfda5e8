package io.coachline.reminder.hostile;

import io.coachline.testsupport.ProblemAssert;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
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
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "No 5xx from anything a client sends", for reminder-service: bad query parameters name
 * the parameter (400, not 404), cursors of other lists or with impossible dates are 400
 * {@code cursor}, bodies with NUL, out-of-range dates or overflowing numbers name their field, and
 * nothing changes.
 */
@QuarkusTest
class ClientInputTest {

    static final String SEEKER = "fjord-seeker1";
    static final UUID SEEKER_ID = fjordSeeker(1);
    static String reminderId;

    record Row(String what, String user, String method, String path, String body, int status, String field, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @BeforeAll
    static void aReminder() {
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

    static Stream<Row> rows() {
        String range = "from 1900-01-01 to 2200-12-31";
        String clients = "/api/clients/" + SEEKER_ID + "/reminders";
        String policy = "{\"thankYouAfterWorkingDays\":1,\"caseFollowUpAfterWorkingDays\":3,\"statusWithoutDateMin\":7,"
                + "\"statusWithoutDateMax\":10,\"afterDecisionDateWorkingDays\":1,\"applicationNoAnswerWorkingDays\":10,"
                + "\"nextRoundExpectedWorkingDays\":10,\"onHoldStatusWorkingDays\":10,\"coolDownDays\":%s,"
                + "\"giveUpAfterUnansweredFollowUps\":3,\"softLimitOpenApplications\":10,\"morningHour\":8,"
                + "\"holidays\":{\"added\":[%s],\"removed\":[]}}";
        return Stream.of(
                new Row("from=2026-13-45", SEEKER, "GET", "/api/reminders?from=2026-13-45", null, 400, "from", "yyyy-MM-dd"),
                new Row("to=+999999999-12-31", SEEKER, "GET", "/api/reminders?to=%2B999999999-12-31", null, 400, "to", range),
                new Row("from=-99999-01-01", SEEKER, "GET", "/api/reminders?from=-99999-01-01", null, 400, "from", range),
                new Row("applicationId=abc", SEEKER, "GET", "/api/reminders?applicationId=abc", null, 400, "applicationId", "UUID"),
                new Row("limit=abc", SEEKER, "GET", "/api/reminders?limit=abc", null, 400, "limit", "1 to 500"),
                new Row("limit=9223372036854775808", SEEKER, "GET", "/api/reminders?limit=9223372036854775808", null, 400, "limit", "1 to 500"),
                new Row("a client's limit=abc", "fjord-coach1", "GET", clients + "?limit=abc", null, 400, "limit", "1 to 500"),
                new Row("cursor=LTE", SEEKER, "GET", "/api/reminders?cursor=LTE", null, 400, "cursor", null),
                new Row("another list's cursor", SEEKER, "GET", "/api/reminders?cursor=" + b64("applications|2026-01-01T00:00:00Z|" + UUID.randomUUID()),
                        null, 400, "cursor", null),
                new Row("the client list's cursor on the own list", SEEKER, "GET", "/api/reminders?cursor=" + b64("client-reminders|50"),
                        null, 400, "cursor", null),
                new Row("far-future day in a cursor", SEEKER, "GET", "/api/reminders?cursor=" + b64("reminders|+999999999-12-31|" + UUID.randomUUID()),
                        null, 400, "cursor", null),
                new Row("a client's cursor=LTE", "fjord-coach1", "GET", clients + "?cursor=LTE", null, 400, "cursor", null),
                new Row("a client's forged offset", "fjord-coach1", "GET", clients + "?cursor=" + b64("client-reminders|-5"), null, 400, "cursor", null),
                new Row("snooze until +999999999-12-31", SEEKER, "POST", "/api/reminders/{id}/snooze", "{\"until\":\"+999999999-12-31\"}",
                        400, "until", range),
                new Row("snooze until a number", SEEKER, "POST", "/api/reminders/{id}/snooze", "{\"until\":0}", 400, "until", null),
                new Row("snooze until NUL", SEEKER, "POST", "/api/reminders/{id}/snooze", "{\"until\":\"\\u0000\"}", 400, "until", null),
                new Row("policy holiday in year -99999", "fjord-admin", "PUT", "/api/policy", policy.formatted("7", "\"-99999-01-01\""),
                        400, "holidays.added[0]", range),
                new Row("policy number overflow", "fjord-admin", "PUT", "/api/policy", policy.formatted("9223372036854775808", ""),
                        400, "coolDownDays", "out of range"),
                new Row("policy number 1e400", "fjord-admin", "PUT", "/api/policy", policy.formatted("1e400", ""),
                        400, "coolDownDays", "out of range"),
                new Row("policy number as text", "fjord-admin", "PUT", "/api/policy", policy.formatted("\"seven\"", ""),
                        400, "coolDownDays", "whole number"),
                new Row("template with NUL", "fjord-admin", "PUT", "/api/policy/templates/F5/en", "{\"template\":\"Subject: x\\u0000\"}",
                        400, "template", "NUL"),
                new Row("truncated JSON", "fjord-admin", "PUT", "/api/policy", "{\"coolDownDays\":", 400, "body", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void refusedNamingTheFieldWithNothingWritten(Row row) {
        Object before = state();
        RequestSpecification request = as(row.user()).urlEncodingEnabled(false);
        if (row.body() != null) {
            request.contentType("application/json").body(row.body().getBytes(StandardCharsets.UTF_8));
        }
        Response r = request.request(row.method(), row.path().replace("{id}", reminderId));
        JsonPath problem = ProblemAssert.assertProblem(r, row.status(), row.field());
        if (row.message() != null) {
            assertTrue(problem.getList("errors.message").toString().contains(row.message()), r.asString());
        }
        assertEquals(before, state(), "nothing was changed");
    }

    @Test
    void bodyOverTheLimitIs413WithTheLimit() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        Response r = as(SEEKER).contentType("application/json").body(huge).post("/api/reminders/" + reminderId + "/snooze");
        assertEquals(413, r.getStatusCode(), r.asString());
        assertEquals("application/problem+json", r.getContentType());
        assertTrue(r.jsonPath().getString("detail").contains("10485760 bytes (10 MiB)"), r.asString());
    }

    @Test
    void cursorsThisServiceGaveOutStillPage() {
        String next = as(SEEKER).get("/api/reminders?limit=1").then().extract().path("nextCursor");
        as(SEEKER).get("/api/reminders?limit=1&cursor=" + next).then().statusCode(200);
        String clientNext = as("fjord-coach1").get("/api/clients/" + SEEKER_ID + "/reminders?limit=1").then().statusCode(200)
                .extract().path("nextCursor");
        as("fjord-coach1").get("/api/clients/" + SEEKER_ID + "/reminders?limit=1&cursor=" + clientNext).then().statusCode(200);
    }

    static Object state() {
        Map<String, Object> policy = as("fjord-admin").get("/api/policy").then().statusCode(200).extract().jsonPath().getMap("");
        policy.remove("replan");
        Map<String, Object> reminder = as(SEEKER).get("/api/reminders/" + reminderId).then().statusCode(200).extract().jsonPath().getMap("");
        return List.of(policy, reminder.get("status"), String.valueOf(reminder.get("dueOn")), String.valueOf(reminder.get("snoozedUntil")),
                as("fjord-admin").get("/api/policy/templates/F5/en").then().statusCode(200).extract().asString());
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }
}
