package io.coachline.tracker.hostile;

import io.coachline.testsupport.HostileRequest;
import io.coachline.testsupport.HostileTables;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * Issue 13, "No 5xx from anything a client sends", for the tracker: each row is a request a
 * hostile or careless client sends; each answers 400 problem+json naming the field, and nothing
 * of the seeker's log changes.
 */
@QuarkusTest
class ClientInputTest {

    static final String SEEKER = HostileTables.TRACKER_SEEKER;
    static final String VALID = HostileTables.VALID_APPLICATION;
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

    static Stream<HostileRequest> rows() {
        return HostileTables.tracker();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void refusedNamingTheFieldWithNothingWritten(HostileRequest row) {
        String seekerId = as(SEEKER).get("/api/me").then().extract().path("id");
        row.filled("{seeker}", seekerId).assertRefused(applicationId, ClientInputTest::state);
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
