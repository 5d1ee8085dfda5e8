package io.coachline.reminder.settings;

import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** GET/PUT /api/settings with real tokens: the seeker's own delivery choice; nobody else has settings here. */
@QuarkusTest
class SettingsApiTest {

    @Test
    void aSeekerChoosesHowFollowUpsAreMailed() {
        String seeker = Tokens.accessToken("fjord-seeker6");
        given().auth().oauth2(seeker).get("/api/settings").then().statusCode(200)
                .body("delivery", equalTo(given().auth().oauth2(seeker).get("/api/settings").path("delivery")));
        given().auth().oauth2(seeker).contentType(ContentType.JSON).body("{\"delivery\":\"EACH\"}")
                .put("/api/settings").then().statusCode(200).body("delivery", equalTo("EACH"));
        given().auth().oauth2(seeker).get("/api/settings").then().statusCode(200).body("delivery", equalTo("EACH"));
        given().auth().oauth2(seeker).contentType(ContentType.JSON).body("{\"delivery\":\"WEEKLY\"}")
                .put("/api/settings").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("delivery"));
        given().auth().oauth2(seeker).get("/api/settings").then().body("delivery", equalTo("EACH"));
        given().auth().oauth2(seeker).contentType(ContentType.JSON).body("{\"delivery\":\"DIGEST\"}")
                .put("/api/settings").then().statusCode(200).body("delivery", equalTo("DIGEST"));

        given().auth().oauth2(Tokens.accessToken("fjord-coach1")).get("/api/settings").then().statusCode(404);
        given().get("/api/settings").then().statusCode(401);
    }
}
