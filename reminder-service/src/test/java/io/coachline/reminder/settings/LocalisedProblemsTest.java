package io.coachline.reminder.settings;

import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Problems in the caller's language: the token's {@code locale} claim (nordlys people are nb, fjord
 * people en), else Accept-Language, else English.
 */
@QuarkusTest
class LocalisedProblemsTest {

    @Test
    void notFoundUnreadableAndInvalidAnswerInTheTokensLanguage() {
        String nb = Tokens.accessToken("nordlys-seeker6");
        given().auth().oauth2(nb).post("/api/reminders/" + UUID.randomUUID() + "/done").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Finnes ikke"))
                .body("detail", startsWith("Finnes ikke: "));
        given().auth().oauth2(nb).contentType(ContentType.JSON).body("{\"delivery\":")
                .put("/api/settings").then().statusCode(400).body("title", equalTo("Ugyldig forespørsel"))
                .body("errors.field", hasItem("body"));
        given().auth().oauth2(nb).contentType(ContentType.JSON)
                .body("{\"delivery\":\"WEEKLY\"}").put("/api/settings").then().statusCode(400)
                .body("errors.message", hasItem("Må være en av DIGEST, EACH, NONE."));
        // an English token wins over the browser's preference
        given().auth().oauth2(Tokens.accessToken("fjord-seeker6")).header("Accept-Language", "nb")
                .post("/api/reminders/" + UUID.randomUUID() + "/done").then().statusCode(404)
                .body("title", equalTo("Not found"));
    }

    @Test
    void withoutATokenAcceptLanguageDecides() {
        given().header("Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5").post("/api/settings/unsubscribe/x.y")
                .then().statusCode(404).body("title", equalTo("Finnes ikke"));
        given().post("/api/settings/unsubscribe/x.y").then().statusCode(404).body("title", equalTo("Not found"));
    }

    @Test
    void beanValidationMessagesAreInterpolatedInTheCallersLanguage() {
        given().auth().oauth2(Tokens.accessToken("nordlys-admin")).contentType(ContentType.JSON).body("{}")
                .put("/api/policy").then().statusCode(400).body("title", equalTo("Ugyldig forespørsel"))
                .body("errors.find { it.field == 'thankYouAfterWorkingDays' }.message", equalTo("må fylles ut"));
        given().auth().oauth2(Tokens.accessToken("fjord-admin")).contentType(ContentType.JSON).body("{}")
                .put("/api/policy").then().statusCode(400)
                .body("errors.find { it.field == 'thankYouAfterWorkingDays' }.message", equalTo("must not be null"));
    }
}
