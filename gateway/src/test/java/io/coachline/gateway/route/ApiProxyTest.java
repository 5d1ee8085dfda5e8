package io.coachline.gateway.route;

import io.coachline.testsupport.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class ApiProxyTest {

    @BeforeEach
    void forget() {
        UpstreamStubs.SEEN.clear();
    }

    @Test
    void anonymousApiCallGets401NotALoginRedirect() {
        given().redirects().follow(false).when().get("/api/applications")
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals(0, UpstreamStubs.SEEN.size(), "nothing reached a service");
    }

    @Test
    void forgedTokenGets401AtTheGateway() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").when().get("/api/me")
                .then().statusCode(401);
        assertEquals(0, UpstreamStubs.SEEN.size());
    }

    @Test
    void relaysWithTheCallersOwnToken() {
        String token = Tokens.accessToken("fjord-seeker1");
        given().auth().oauth2(token).when().get("/api/applications?stage=APPLIED&active=true")
                .then().statusCode(200).body("servedBy", equalTo("tracker"));
        UpstreamStubs.Seen seen = UpstreamStubs.SEEN.get(0);
        assertEquals("GET", seen.method());
        assertEquals("/api/applications?stage=APPLIED&active=true", seen.pathAndQuery());
        assertEquals("Bearer " + token, seen.authorization());
    }

    @Test
    void relaysBodiesAndStatus() {
        given().auth().oauth2(Tokens.accessToken("fjord-seeker1")).contentType("application/json")
                .body("{\"employer\":\"Æøå AS\"}")
                .when().post("/api/applications")
                .then().statusCode(201);
        assertEquals("{\"employer\":\"Æøå AS\"}", UpstreamStubs.SEEN.get(0).body());
    }

    @Test
    void routesEachPathToItsService() {
        String token = Tokens.accessToken("fjord-coach1");
        given().auth().oauth2(token).get("/api/reminders").then().body("servedBy", equalTo("reminder"));
        given().auth().oauth2(token).get("/api/clients/abc/reminders").then().body("servedBy", equalTo("reminder"));
        given().auth().oauth2(token).get("/api/clients/abc/applications").then().body("servedBy", equalTo("tracker"));
        given().auth().oauth2(token).get("/api/reports/funnel").then().body("servedBy", equalTo("feedback"));
        given().auth().oauth2(token).get("/api/taxonomy").then().body("servedBy", equalTo("feedback"));
        given().auth().oauth2(token).get("/api/policy").then().body("servedBy", equalTo("reminder"));
        given().auth().oauth2(token).get("/api/me").then().body("servedBy", equalTo("tracker"));
    }

    @Test
    void theCalendarFeedIsRelayedWithoutAnyCredentials() {
        String path = "/api/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE.ics";
        given().redirects().follow(false).when().get(path).then().statusCode(200).body("servedBy", equalTo("reminder"));
        assertEquals(path, UpstreamStubs.SEEN.get(0).pathAndQuery());
        assertEquals(null, UpstreamStubs.SEEN.get(0).authorization(), "the secret in the address is the only credential");
        // only the feed is public: the rest of /api/calendar still needs a token
        given().redirects().follow(false).when().get("/api/calendar").then().statusCode(401);
        given().redirects().follow(false).when().post("/api/calendar").then().statusCode(401);
        assertEquals(1, UpstreamStubs.SEEN.size());
    }

    @Test
    void unknownApiPathIsAProblem404() {
        given().auth().oauth2(Tokens.accessToken("fjord-seeker1")).get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void relaysOverPooledKeepAliveConnections() {
        String token = Tokens.accessToken("fjord-seeker1");
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(token).get("/api/applications?page=" + i).then().statusCode(200);
        }
        long connections = UpstreamStubs.SEEN.stream().mapToInt(UpstreamStubs.Seen::clientPort).distinct().count();
        assertEquals(10, UpstreamStubs.SEEN.size());
        assertTrue(connections <= 2, "10 calls one after another reuse the pooled connection, not " + connections);
    }

    @Test
    void streamsALargeRequestBodyIntact() {
        String big = "{\"notes\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        given().auth().oauth2(Tokens.accessToken("fjord-seeker1")).contentType("application/json").body(big)
                .post("/api/applications").then().statusCode(201).body("servedBy", equalTo("tracker"));
        assertEquals(big, UpstreamStubs.SEEN.get(0).body());
    }
}
