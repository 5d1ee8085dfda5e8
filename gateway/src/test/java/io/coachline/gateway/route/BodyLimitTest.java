package io.coachline.gateway.route;

import io.coachline.testsupport.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body over the limit stops at the gateway: 413 problem+json with the limit, nothing relayed. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class BodyLimitTest {

    @Test
    void bodyOverTheLimitIs413ProblemJsonAndIsNotRelayed() {
        UpstreamStubs.SEEN.clear();
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        Response r = given().auth().oauth2(Tokens.accessToken("fjord-seeker1")).contentType("application/json").body(huge)
                .post("/api/applications");
        assertEquals(413, r.getStatusCode(), r.asString());
        assertEquals("application/problem+json", r.getContentType());
        assertTrue(r.jsonPath().getString("detail").contains("10485760 bytes (10 MiB)"), r.asString());
        assertEquals(10485760L, r.jsonPath().getLong("maxBodySize"));
        assertEquals(0, UpstreamStubs.SEEN.size(), "nothing reached a service");
    }
}
