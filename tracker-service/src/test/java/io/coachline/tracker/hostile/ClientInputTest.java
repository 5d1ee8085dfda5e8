package io.coachline.tracker.hostile;

import io.coachline.testsupport.ProblemAssert;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "No 5xx from anything a client sends", for the tracker: each row is a request a
 * hostile or careless client sends; each answers 4xx problem+json naming the field, and nothing
 * of the seeker's log changes.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientInputTest {

    static final String SEEKER = "fjord-seeker6";
    static final String VALID = "\"employer\":\"Hostile AS\",\"position\":\"Tester\"";
    static String applicationId;

    record Row(String what, String method, String path, String contentType, String body, int status, String field, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @BeforeAll
    void anApplicationToPatch() {
        applicationId = as(SEEKER).contentType("application/json").body("{" + VALID + "}")
                .post("/api/applications").then().statusCode(201).extract().path("application.id");
    }

    static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Row> rows() {
        String app = "/api/applications/{id}";
        String range = "from 1900-01-01 to 2200-12-31";
        String header = "employer,position,applied_on\n";
        return Stream.of(
                new Row("NUL in a JSON text", "POST", "/api/applications", "application/json",
                        "{" + VALID + ",\"notes\":\"a\\u0000b\"}", 400, "notes", "NUL"),
                new Row("NUL in a patched text", "PATCH", app, "application/json", "{\"location\":\"\\u0000\"}", 400, "location", "NUL"),
                new Row("lone surrogate", "POST", "/api/applications", "application/json",
                        "{\"employer\":\"\\udc00\",\"position\":\"x\"}", 400, "employer", "surrogate"),
                new Row("NUL in a CSV cell", "POST", "/api/applications/import", "text/csv",
                        header + "Acme\u0000,Dev,2026-01-05\n", 400, "employer", "NUL"),
                new Row("year +999999999", "POST", "/api/applications", "application/json",
                        "{" + VALID + ",\"appliedOn\":\"+999999999-12-31\"}", 400, "appliedOn", range),
                new Row("year -99999", "PATCH", app, "application/json", "{\"nextContactOn\":\"-99999-01-01\"}", 400, "nextContactOn", range),
                new Row("instant far in the future", "POST", app + "/stage", "application/json",
                        "{\"stage\":\"INTERVIEW\",\"at\":\"+999999999-12-31T23:59:59Z\"}", 400, "at", range),
                new Row("CSV date out of range", "POST", "/api/applications/import", "text/csv",
                        header + "Acme,Dev,+999999999-12-31\n", 400, "applied_on", range),
                new Row("CSV year -99999", "POST", "/api/applications/import", "text/csv",
                        header + "Acme,Dev,-99999-01-01\n", 400, "applied_on", null),
                new Row("cursor LTE", "GET", "/api/applications?cursor=LTE", null, null, 400, "cursor", null),
                new Row("another list's cursor", "GET", "/api/applications?cursor=" + b64("reminders|2026-01-01|" + UUID.randomUUID()),
                        null, null, 400, "cursor", null),
                new Row("the old cursor format", "GET", "/api/applications?cursor=" + b64("1767225600:0:" + UUID.randomUUID()),
                        null, null, 400, "cursor", null),
                new Row("far-future instant in a cursor", "GET", "/api/applications?cursor="
                        + b64("applications|+1000000-01-01T00:00:00Z|" + UUID.randomUUID()), null, null, 400, "cursor", null),
                new Row("long overflow", "POST", "/api/applications", "application/json",
                        "{" + VALID + ",\"priority\":9223372036854775808}", 400, "priority", "out of range"),
                new Row("1e400", "PATCH", app, "application/json", "{\"priority\":1e400}", 400, "priority", "out of range"),
                new Row("enum as a number", "POST", "/api/applications", "application/json",
                        "{" + VALID + ",\"sector\":0}", 400, "sector", "PUBLIC"),
                new Row("enum as a number in a patch", "PATCH", app, "application/json", "{\"sector\":1}", 400, "sector", "PUBLIC"),
                new Row("object for a text", "POST", "/api/applications", "application/json",
                        "{\"employer\":{\"a\":1},\"position\":\"x\"}", 400, "employer", null),
                new Row("text for a number", "POST", "/api/applications", "application/json",
                        "{" + VALID + ",\"priority\":\"high\"}", 400, "priority", "whole number"),
                new Row("array for the body", "POST", "/api/applications", "application/json", "[1,2]", 400, "body", null),
                new Row("truncated JSON", "POST", "/api/applications", "application/json", "{\"employer\":", 400, "body", null),
                new Row("limit abc", "GET", "/api/applications?limit=abc", null, null, 400, "limit", "1 to 500"),
                new Row("limit overflow", "GET", "/api/applications?limit=9223372036854775808", null, null, 400, "limit", "1 to 500"),
                new Row("limit 0", "GET", "/api/applications?limit=0", null, null, 400, "limit", "1 to 500"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void refusedNamingTheFieldWithNothingWritten(Row row) {
        int before = applicationCount();
        String lastModified = application().getString("updatedAt");
        RequestSpecification request = as(SEEKER);
        if (row.body() != null) {
            request.contentType(row.contentType()).body(row.body().getBytes(StandardCharsets.UTF_8));
        }
        Response r = request.request(row.method(), row.path().replace("{id}", applicationId));
        JsonPath problem = ProblemAssert.assertProblem(r, row.status(), row.field());
        if (row.message() != null) {
            assertTrue(problem.getList("errors.message").toString().contains(row.message()), r.asString());
        }
        assertEquals(before, applicationCount(), "nothing was created");
        assertEquals(lastModified, application().getString("updatedAt"), "nothing was changed");
    }

    @Test
    void bodyOverTheLimitIs413WithTheLimit() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        Response r = as(SEEKER).contentType("application/json").body(huge).post("/api/applications");
        assertEquals(413, r.getStatusCode(), r.asString());
        assertEquals("application/problem+json", r.getContentType());
        assertTrue(r.jsonPath().getString("detail").contains("10485760 bytes (10 MiB)"), r.asString());
    }

    @Test
    void aCursorThisListGaveOutStillPages() {
        as(SEEKER).contentType("application/json").body("{" + VALID + "}").post("/api/applications").then().statusCode(201);
        String next = as(SEEKER).get("/api/applications?limit=1").then().statusCode(200).extract().path("nextCursor");
        as(SEEKER).get("/api/applications?limit=1&cursor=" + next).then().statusCode(200);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }

    static int applicationCount() {
        return as(SEEKER).get("/api/applications?limit=500").then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    static JsonPath application() {
        return as(SEEKER).get("/api/applications/" + applicationId).then().statusCode(200).extract().jsonPath();
    }
}
