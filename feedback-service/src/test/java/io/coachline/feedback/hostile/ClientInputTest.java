package io.coachline.feedback.hostile;

import io.coachline.feedback.Fixtures;
import io.coachline.testsupport.HostileRequest;
import io.coachline.testsupport.HostileTables;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    static final String SEEKER = HostileTables.FEEDBACK_SEEKER;
    static final UUID SEEKER_ID = fjordSeeker(3);
    static UUID app;
    static String entryId;

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
        return HostileTables.feedbackEntry(more);
    }

    /** The rows are made before the application exists: {@code {app}} stands for it. */
    static String withApp(String body) {
        return body.replace("{app}", app.toString());
    }

    static Stream<HostileRequest> rows() {
        return HostileTables.feedback();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void refusedNamingTheFieldWithNothingWritten(HostileRequest row) {
        row.filled("{app}", app.toString()).assertRefused(entryId, ClientInputTest::state);
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
