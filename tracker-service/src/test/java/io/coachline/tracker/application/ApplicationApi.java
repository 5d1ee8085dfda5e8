package io.coachline.tracker.application;

import io.coachline.testsupport.Tokens;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Small helpers for tests that drive the application API as a demo user. */
final class ApplicationApi {

    private ApplicationApi() {
    }

    static String create(String user, String employer) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("application/json")
                .body("{\"employer\":\"" + employer + "\",\"position\":\"Backend developer\",\"sector\":\"PRIVATE\","
                        + "\"location\":\"Bergen\",\"priority\":2,\"adUrl\":\"https://jobs.example/1\",\"appliedOn\":\"2026-11-02\"}")
                .when().post("/api/applications")
                .then().statusCode(201).extract().path("application.id");
    }

    static ValidatableResponse post(String user, String path, String body) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("application/json").body(body)
                .when().post(path).then();
    }

    static ValidatableResponse get(String user, String path) {
        return given().auth().oauth2(Tokens.accessToken(user)).when().get(path).then();
    }
}
