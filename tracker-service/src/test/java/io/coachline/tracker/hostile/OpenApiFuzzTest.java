package io.coachline.tracker.hostile;

import io.coachline.testsupport.OpenApiFuzzer;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every tracker operation in {@code /q/openapi} fuzzed with generated bodies, query parameters and
 * CSV uploads (test-support {@link OpenApiFuzzer}); more tries with {@code -Dcoachline.fuzz.tries=N}.
 */
@QuarkusTest
class OpenApiFuzzTest {

    static final String SEEKER = "fjord-seeker6";

    @Test
    void noRequestMakesA5xxAndNoRefusedWriteChangesAnything() {
        String own = given().auth().oauth2(Tokens.accessToken(SEEKER)).contentType("application/json")
                .body("{\"employer\":\"Fuzzed AS\",\"position\":\"Target\"}").post("/api/applications")
                .then().statusCode(201).extract().path("application.id");
        String seekerId = given().auth().oauth2(Tokens.accessToken(SEEKER)).get("/api/me").then().extract().path("id");
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(List.of(SEEKER, SEEKER, "fjord-coach1", "fjord-admin"),
                name -> switch (name) {
                    case "id" -> own;
                    case "seekerId" -> seekerId;
                    default -> null;
                },
                // people and assignments are written to Keycloak too; they are not this fuzzer's to create
                Set.of("POST /api/people", "PUT /api/assignments/{seekerId}"));
        int requests = fuzzer.run(() -> given().auth().oauth2(Tokens.accessToken(SEEKER)).get("/api/applications?limit=500")
                .then().statusCode(200).extract().jsonPath().getList("items").size());
        assertTrue(requests > 20, "requests made: " + requests);
    }
}
