package io.coachline.gateway.abuse;

import io.coachline.gateway.session.PortalLogin;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway as deployed with small rate limits, a service that is down (feedback on a closed port), a short
 * upstream timeout, and the portal behind https (Secure cookies).
 */
@QuarkusTest
@TestProfile(TightLimitsTest.Tight.class)
class TightLimitsTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "coachline.rate-limit.requests", "6",
                    "coachline.rate-limit.period", "PT1M",
                    "coachline.rate-limit.expensive.requests", "2",
                    "coachline.rate-limit.expensive.period", "PT1M",
                    "coachline.feedback-url", "http://127.0.0.1:1",
                    "coachline.gateway.upstream-timeout", "PT2S",
                    "coachline.gateway.upstream-retry-after", "PT7S",
                    "coachline.gateway.https", "true");
        }
    }

    @TestHTTPResource("/")
    URL root;

    private static Response get(String user, String path) {
        return given().auth().oauth2(Tokens.accessToken(user)).redirects().follow(false).when().get(path);
    }

    @Test
    void aUserOverTheLimitGets429WithRetryAfterAndOthersDoNot() {
        for (int i = 0; i < 6; i++) {
            assertEquals(200, get("fjord-seeker1", "/api/applications").statusCode(), "call " + (i + 1));
        }
        Response refused = get("fjord-seeker1", "/api/applications");
        assertEquals(429, refused.statusCode(), refused.asString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "one token comes back every 10 s: " + retryAfter);
        // the bucket is the person's, not the token's: a fresh token (of another client, even) does not reset it
        assertEquals(429, given().auth().oauth2(Tokens.shortLivedAccessToken("fjord-seeker1")).get("/api/applications").statusCode());
        assertEquals(200, get("fjord-seeker2", "/api/applications").statusCode(), "another user has their own bucket");
    }

    @Test
    void expensiveCallsHaveATighterBucketOfTheirOwn() {
        assertEquals(201, importCsv("fjord-coach1").statusCode());
        assertEquals(201, importCsv("fjord-coach1").statusCode());
        Response refused = importCsv("fjord-coach1");
        assertEquals(429, refused.statusCode(), refused.asString());
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
        // ordinary calls of the same user still go through
        assertEquals(200, get("fjord-coach1", "/api/me").statusCode());
    }

    private static Response importCsv(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("text/csv").body("employer\nAcme\n")
                .when().post("/api/applications/import");
    }

    @Test
    void anonymousCallsAreLimitedByAddress() {
        String feed = "/api/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE.ics";
        int served = 0;
        Response last = null;
        for (int i = 0; i < 7; i++) {
            last = given().when().get(feed);
            if (last.statusCode() == 200) {
                served++;
            }
        }
        assertEquals(6, served);
        assertEquals(429, last.statusCode());
        assertTrue(last.header("Retry-After") != null);
    }

    @Test
    void aServiceThatIsDownAnswers503WithRetryAfterAtOnce() {
        long start = System.nanoTime();
        Response r = get("fjord-seeker6", "/api/feedback");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("7", r.header("Retry-After"));
        assertTrue(millis < 2_000, "connection refused is answered at once, not after a timeout: " + millis + " ms");
    }

    @Test
    void aServiceThatDoesNotAnswerIs503WithinTheTimeout() {
        long start = System.nanoTime();
        Response r = get("fjord-seeker7", "/api/reminders/stuck");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.asString());
        assertEquals("7", r.header("Retry-After"));
        assertTrue(millis >= 1_900 && millis < 6_000, "answered after the 2 s timeout: " + millis + " ms");
    }

    @Test
    void overHttpsTheSessionCookiesAreSecure() throws Exception {
        String gateway = root.toString().replaceAll("/$", "");
        PortalLogin browser = new PortalLogin(gateway);
        browser.login("fjord-seeker8", Tokens.PASSWORD);
        String session = browser.setCookie("q_session");
        assertTrue(session.contains("; Secure") && session.toLowerCase().contains("; httponly"), session);
    }
}
