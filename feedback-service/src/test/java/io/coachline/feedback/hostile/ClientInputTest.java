package io.coachline.feedback.hostile;

import io.coachline.feedback.Fixtures;
import io.coachline.testsupport.ProblemAssert;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.coachline.feedback.Fixtures.FJORD_COACH1;
import static io.coachline.feedback.Fixtures.fjordSeeker;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "No 5xx from anything a client sends", for feedback-service: each row answers 4xx
 * problem+json naming the field or parameter, and the seeker's entries stay as they were.
 */
@QuarkusTest
class ClientInputTest {

    static final String SEEKER = "fjord-seeker3";
    static final UUID SEEKER_ID = fjordSeeker(3);
    static UUID app;
    static String entryId;

    record Row(String what, String user, String method, String path, String body, int status, String field, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    /** Once per class, in @BeforeEach: RestAssured knows the service's port only from the first test on. */
    @BeforeEach
    void setUp() {
        anEntry();
    }

    static void anEntry() {
        if (entryId != null) {
            return;
        }
        Fixtures.person("fjord", FJORD_COACH1, "COACH", null);
        Fixtures.person("fjord", SEEKER_ID, "SEEKER", FJORD_COACH1);
        app = UUID.randomUUID();
        Fixtures.simpleApplication("fjord", app, SEEKER_ID);
        Fixtures.awaitClients("fjord", List.of(SEEKER_ID, FJORD_COACH1));
        Fixtures.awaitApplications("fjord", List.of(app));
        entryId = as(SEEKER).contentType("application/json").body(withApp(entry("\"notes\":\"first\""))).post("/api/feedback")
                .then().statusCode(201).extract().path("id");
        as(SEEKER).contentType("application/json").body(withApp(entry("\"notes\":\"second\""))).post("/api/feedback").then().statusCode(201);
    }

    static String entry(String more) {
        return "{\"applicationId\":\"{app}\",\"outcome\":\"REJECTED\",\"stageReached\":\"INTERVIEW\"" + (more.isEmpty() ? "" : "," + more) + "}";
    }

    /** The rows are made before the application exists: {@code {app}} stands for it. */
    static String withApp(String body) {
        return body.replace("{app}", app.toString());
    }

    static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Row> rows() {
        String one = "/api/feedback/{id}";
        String range = "from 1900-01-01 to 2200-12-31";
        return Stream.of(
                new Row("NUL in notes", SEEKER, "POST", "/api/feedback", entry("\"notes\":\"a\\u0000b\""), 400, "notes", "NUL"),
                new Row("NUL in a tag", SEEKER, "POST", "/api/feedback", entry("\"strengths\":[\"\\u0000\"]"), 400, "strengths[0]", "NUL"),
                new Row("NUL in a patch", SEEKER, "PATCH", one, "{\"reflection\":\"\\u0000\"}", 400, "reflection", "NUL"),
                new Row("NUL in a replacement", SEEKER, "PUT", one, entry("\"notes\":\"\\u0000\""), 400, "notes", "NUL"),
                new Row("lone surrogate", SEEKER, "POST", "/api/feedback", entry("\"notes\":\"\\ud800\""), 400, "notes", "surrogate"),
                new Row("number for a text", SEEKER, "PATCH", one, "{\"notes\":{\"a\":1}}", 400, "notes", null),
                new Row("text for a boolean", SEEKER, "PATCH", one, "{\"requested\":\"maybe\"}", 400, "requested", null),
                new Row("number for an id", SEEKER, "POST", "/api/feedback", "{\"applicationId\":9223372036854775808}", 400, "applicationId", null),
                new Row("1e400 for an id", SEEKER, "POST", "/api/feedback", "{\"applicationId\":1e400}", 400, "applicationId", null),
                new Row("truncated JSON", SEEKER, "POST", "/api/feedback", "{\"applicationId\":", 400, "body", null),
                new Row("limit=abc", SEEKER, "GET", "/api/feedback?limit=abc", null, 400, "limit", "1 to 500"),
                new Row("limit=1e400", SEEKER, "GET", "/api/feedback?limit=1e400", null, 400, "limit", "1 to 500"),
                new Row("seekerId=abc", "fjord-coach1", "GET", "/api/feedback?seekerId=abc", null, 400, "seekerId", "UUID"),
                new Row("cursor=LTE", SEEKER, "GET", "/api/feedback?cursor=LTE", null, 400, "cursor", null),
                new Row("another list's cursor", SEEKER, "GET", "/api/feedback?cursor=" + b64("applications|2026-01-01T00:00:00Z|" + UUID.randomUUID()),
                        null, 400, "cursor", null),
                new Row("the old cursor format", SEEKER, "GET", "/api/feedback?cursor=" + b64("2026-01-01T00:00:00Z|" + UUID.randomUUID()),
                        null, 400, "cursor", null),
                new Row("far-future instant in a cursor", SEEKER, "GET", "/api/feedback?cursor="
                        + b64("feedback|+999999999-12-31T23:59:59Z|" + UUID.randomUUID()), null, 400, "cursor", null),
                new Row("report from=+999999999-12-31", "fjord-admin", "GET", "/api/reports/funnel?from=%2B999999999-12-31", null, 400, "from", range),
                new Row("report to=-99999-01-01", "fjord-admin", "GET", "/api/reports/funnel?to=-99999-01-01", null, 400, "to", range),
                new Row("report from=2026-13-45", "fjord-admin", "GET", "/api/reports/funnel?from=2026-13-45", null, 400, "from", null),
                new Row("taxonomy with NUL", "fjord-admin", "PUT", "/api/taxonomy", "{\"reasons\":[{\"code\":\"x\\u0000\",\"labels\":{}}]}",
                        400, "reasons[0].code", "NUL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void refusedNamingTheFieldWithNothingWritten(Row row) {
        Object before = state();
        RequestSpecification request = as(row.user()).urlEncodingEnabled(false);
        if (row.body() != null) {
            request.contentType("application/json").body(withApp(row.body()).getBytes(StandardCharsets.UTF_8));
        }
        Response r = request.request(row.method(), row.path().replace("{id}", entryId));
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
        Response r = as(SEEKER).contentType("application/json").body(huge).post("/api/feedback");
        assertEquals(413, r.getStatusCode(), r.asString());
        assertEquals("application/problem+json", r.getContentType());
        assertTrue(r.jsonPath().getString("detail").contains("10485760 bytes (10 MiB)"), r.asString());
    }

    @Test
    void aCursorThisListGaveOutStillPages() {
        String next = as(SEEKER).get("/api/feedback?limit=1").then().statusCode(200).extract().path("nextCursor");
        as(SEEKER).get("/api/feedback?limit=1&cursor=" + next).then().statusCode(200);
    }

    static Object state() {
        return List.of(as(SEEKER).get("/api/feedback?limit=500").then().statusCode(200).extract().asString(),
                as("fjord-admin").get("/api/taxonomy").then().statusCode(200).extract().asString());
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }
}
