package io.coachline.tracker.hostile;

import io.coachline.testsupport.HostileRequest;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
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

import static io.coachline.testsupport.HostileRequest.get;
import static io.coachline.testsupport.HostileRequest.json;
import static io.restassured.RestAssured.given;

/**
 * Issue 13, "No 5xx from anything a client sends", for the tracker: each row is a request a
 * hostile or careless client sends; each answers 400 problem+json naming the field, and nothing
 * of the seeker's log changes.
 */
@QuarkusTest
class ClientInputTest {

    static final String SEEKER = "fjord-seeker6";
    static final String VALID = "\"employer\":\"Hostile AS\",\"position\":\"Tester\"";
    static String applicationId;

    /** Once per class, in @BeforeEach: RestAssured knows the service's port only from the first test on. */
    @BeforeEach
    void setUp() {
        anApplicationToPatch();
    }

    static void anApplicationToPatch() {
        if (applicationId != null) {
            return;
        }
        applicationId = as(SEEKER).contentType("application/json").body("{" + VALID + "}")
                .post("/api/applications").then().statusCode(201).extract().path("application.id");
    }

    static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static HostileRequest csv(String what, String rows, String field, String message) {
        return new HostileRequest(what, SEEKER, "POST", "/api/applications/import", "text/csv",
                "employer,position,applied_on\n" + rows, 400, field, message);
    }

    static Stream<HostileRequest> rows() {
        String app = "/api/applications/{id}";
        String create = "/api/applications";
        String range = "from 1900-01-01 to 2200-12-31";
        return Stream.of(
                json("NUL in a JSON text", SEEKER, "POST", create, "{" + VALID + ",\"notes\":\"a\\u0000b\"}", "notes", "NUL"),
                json("NUL in a patched text", SEEKER, "PATCH", app, "{\"location\":\"\\u0000\"}", "location", "NUL"),
                json("lone surrogate", SEEKER, "POST", create, "{\"employer\":\"\\udc00\",\"position\":\"x\"}", "employer", "surrogate"),
                csv("NUL in a CSV cell", "Acme\u0000,Dev,2026-01-05\n", "employer", "NUL"),
                json("year +999999999", SEEKER, "POST", create, "{" + VALID + ",\"appliedOn\":\"+999999999-12-31\"}", "appliedOn", range),
                json("year -99999", SEEKER, "PATCH", app, "{\"nextContactOn\":\"-99999-01-01\"}", "nextContactOn", range),
                json("instant far in the future", SEEKER, "POST", app + "/stage",
                        "{\"stage\":\"INTERVIEW\",\"at\":\"+999999999-12-31T23:59:59Z\"}", "at", range),
                csv("CSV date out of range", "Acme,Dev,+999999999-12-31\n", "applied_on", null),
                csv("CSV year -99999", "Acme,Dev,-99999-01-01\n", "applied_on", null),
                csv("CSV year 2201", "Acme,Dev,2201-01-01\n", "applied_on", range),
                get("cursor LTE", SEEKER, "/api/applications?cursor=LTE", "cursor", null),
                get("another list's cursor", SEEKER, "/api/applications?cursor=" + b64("reminders|2026-01-01|" + UUID.randomUUID()), "cursor", null),
                get("the old cursor format", SEEKER, "/api/applications?cursor=" + b64("1767225600:0:" + UUID.randomUUID()), "cursor", null),
                get("far-future instant in a cursor", SEEKER, "/api/applications?cursor="
                        + b64("applications|+1000000-01-01T00:00:00Z|" + UUID.randomUUID()), "cursor", null),
                json("long overflow", SEEKER, "POST", create, "{" + VALID + ",\"priority\":9223372036854775808}", "priority", "out of range"),
                json("1e400", SEEKER, "PATCH", app, "{\"priority\":1e400}", "priority", "out of range"),
                json("enum as a number", SEEKER, "POST", create, "{" + VALID + ",\"sector\":0}", "sector", "PUBLIC"),
                json("enum as a number in a patch", SEEKER, "PATCH", app, "{\"sector\":1}", "sector", "PUBLIC"),
                json("object for a text", SEEKER, "POST", create, "{\"employer\":{\"a\":1},\"position\":\"x\"}", "employer", null),
                json("text for a number", SEEKER, "POST", create, "{" + VALID + ",\"priority\":\"high\"}", "priority", "whole number"),
                json("array for the body", SEEKER, "POST", create, "[1,2]", "body", null),
                json("truncated JSON", SEEKER, "POST", create, "{\"employer\":", "body", null),
                get("limit abc", SEEKER, "/api/applications?limit=abc", "limit", "1 to 500"),
                get("limit overflow", SEEKER, "/api/applications?limit=9223372036854775808", "limit", "1 to 500"),
                get("limit 0", SEEKER, "/api/applications?limit=0", "limit", "1 to 500"),
                get("a client's limit abc", "fjord-admin", "/api/clients/{seeker}/applications?limit=abc", "limit", "1 to 500"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void refusedNamingTheFieldWithNothingWritten(HostileRequest row) {
        String seekerId = as(SEEKER).get("/api/me").then().extract().path("id");
        new HostileRequest(row.what(), row.user(), row.method(), row.path().replace("{seeker}", seekerId), row.contentType(),
                row.body(), row.status(), row.field(), row.message()).assertRefused(applicationId, ClientInputTest::state);
    }

    @Test
    void bodyOverTheLimitIs413WithTheLimit() {
        HostileRequest.assertBodyOverTheLimitIs413(SEEKER, "POST", "/api/applications");
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

    /** How many applications the seeker has, and when the one under test last changed. */
    static Object state() {
        int count = as(SEEKER).get("/api/applications?limit=500").then().statusCode(200).extract().jsonPath().getList("items").size();
        String updatedAt = as(SEEKER).get("/api/applications/" + applicationId).then().statusCode(200).extract().path("updatedAt");
        return List.of(count, updatedAt);
    }
}
