package io.coachline.feedback.hostile;

import io.coachline.testsupport.OpenApiFuzzer;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every feedback-service operation in {@code /q/openapi} fuzzed (test-support {@link OpenApiFuzzer});
 * more tries with {@code -Dcoachline.fuzz.tries=N}.
 */
@QuarkusTest
class OpenApiFuzzTest {

    /** The admin is another tenant's: a valid taxonomy the fuzzer sends must not change the one the other tests use. */
    @Test
    void noRequestMakesA5xxAndNoRefusedWriteChangesAnything() {
        ClientInputTest.anEntry();
        String entry = ClientInputTest.entryId;
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(List.of(ClientInputTest.SEEKER, ClientInputTest.SEEKER, "fjord-coach1", "nordlys-admin"),
                name -> name.equals("id") ? entry : null, Set.of());
        int requests = fuzzer.run(() -> List.of(
                given().auth().oauth2(Tokens.accessToken(ClientInputTest.SEEKER)).get("/api/feedback?limit=500")
                        .then().statusCode(200).extract().asString(),
                given().auth().oauth2(Tokens.accessToken("nordlys-admin")).get("/api/taxonomy")
                        .then().statusCode(200).extract().asString()));
        assertTrue(requests > 20, "requests made: " + requests);
    }
}
