package io.coachline.tracker.foundation;

import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AuthenticationTest {

    @Test
    void anonymousCallGets401AsProblem() {
        given().when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void tamperedTokenGets401() {
        String token = Tokens.accessToken("fjord-seeker1");
        String[] parts = token.split("\\.");
        // Same header and signature, a payload that claims another tenant: the signature no longer matches.
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"fjord\"", "\"nordlys\"").getBytes());
        given().auth().oauth2(parts[0] + "." + forged + "." + parts[2])
                .when().get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void garbageTokenGets401() {
        given().auth().oauth2("not-a-token").when().get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredTokenGets401() throws InterruptedException {
        String token = Tokens.shortLivedAccessToken("fjord-seeker1");
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(200);
        Thread.sleep(Tokens.SHORT_LIFESPAN.plusSeconds(2).toMillis()); // let the real token expire
        given().auth().oauth2(token).when().get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void meShowsTheCallerAndTheTenantFromTheToken() {
        given().auth().oauth2(Tokens.accessToken("fjord-seeker1"))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("id", equalTo(Demo.FJORD_SEEKER1.toString()))
                .body("tenant", equalTo("fjord"))
                .body("roles", hasItem("seeker"))
                .body("roles", not(hasItem("default-roles-coaching")))
                .body("timeZone", equalTo("Europe/Oslo"))
                .body("locale", equalTo("en"));
        given().auth().oauth2(Tokens.accessToken("nordlys-seeker1"))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("id", equalTo(Demo.NORDLYS_SEEKER1.toString()))
                .body("tenant", equalTo("nordlys"))
                .body("locale", equalTo("nb"));
    }

    @Test
    void seekerMayNotUseAdminEndpoints() {
        given().auth().oauth2(Tokens.accessToken("fjord-seeker1"))
                .when().get("/api/people")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/me"));
    }
}
