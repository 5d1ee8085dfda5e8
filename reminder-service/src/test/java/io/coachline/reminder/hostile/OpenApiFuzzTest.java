package io.coachline.reminder.hostile;

import io.coachline.testsupport.OpenApiFuzzer;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.coachline.reminder.reminders.Fixtures.fjordSeeker;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reminder-service operation in {@code /q/openapi} fuzzed (test-support {@link OpenApiFuzzer});
 * more tries with {@code -Dcoachline.fuzz.tries=N}.
 */
@QuarkusTest
class OpenApiFuzzTest {

    static final String SEEKER = "fjord-seeker1";

    @Test
    void noRequestMakesA5xxAndNoRefusedWriteChangesAnything() {
        ClientInputTest.aReminder();
        String id = ClientInputTest.reminderId;
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(List.of(SEEKER, SEEKER, "fjord-coach1", "fjord-admin"),
                name -> switch (name) {
                    case "seekerId" -> fjordSeeker(1).toString();
                    case "id" -> id;
                    default -> null;
                },
                // a valid policy starts a re-plan of the whole tenant: not a thing to do dozens of times here
                Set.of("PUT /api/policy"));
        // the seeker's reminder as a refused write could have changed it (events may add other reminders meanwhile)
        int requests = fuzzer.run(() -> given().auth().oauth2(Tokens.accessToken(SEEKER)).get("/api/reminders/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("").entrySet().stream()
                .filter(e -> List.of("status", "dueOn", "snoozedUntil").contains(e.getKey())).toList().toString());
        assertTrue(requests > 20, "requests made: " + requests);
    }
}
