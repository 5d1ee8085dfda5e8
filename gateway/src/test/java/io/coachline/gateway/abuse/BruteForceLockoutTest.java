package io.coachline.gateway.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo realm's brute-force detection, against the real Keycloak: a throwaway user (made through the Admin API,
 * so no demo user is ever locked for the other tests) is locked after five wrong passwords, and then even the right
 * one is refused.
 */
class BruteForceLockoutTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "right-password-" + System.nanoTime();

    private String userId;

    private static String admin(String path) {
        return Tokens.keycloakUrl() + "/admin/realms/coaching" + path;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> adminCall(String method, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(admin(path)))
                .header("Authorization", "Bearer " + Tokens.adminServiceAccountToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static int passwordGrant(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=" + Tokens.CLIENT + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(Tokens.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    private JsonNode lockStatus() throws Exception {
        HttpResponse<String> r = adminCall("GET", "/attack-detection/brute-force/users/" + userId, null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void fiveWrongPasswordsLockTheUserForAWhile() throws Exception {
        String username = "lockout-" + System.nanoTime();
        HttpResponse<String> created = adminCall("POST", "/users", "{\"username\":\"" + username + "\",\"enabled\":true,"
                + "\"email\":\"" + username + "@example.org\",\"emailVerified\":true,\"firstName\":\"Lock\",\"lastName\":\"Out\","
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}]}");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        userId = location.substring(location.lastIndexOf('/') + 1);
        assertEquals(200, passwordGrant(username, PASSWORD), "the throwaway user can log in");

        for (int i = 1; i <= 4; i++) {
            assertWrongPassword(passwordGrant(username, "wrong-" + i));
            // slower than the realm's quick-login check (1 s), so only the failure count locks
            Thread.sleep(1_100);
        }
        assertEquals(false, lockStatus().path("disabled").asBoolean(), "four failures are not yet a lockout: " + lockStatus());
        assertWrongPassword(passwordGrant(username, "wrong-5"));

        JsonNode status = lockStatus();
        assertTrue(status.path("disabled").asBoolean(), "locked after five: " + status);
        assertEquals(5, status.path("numFailures").asInt(), status.toString());
        int refused = passwordGrant(username, PASSWORD);
        assertTrue(refused == 400 || refused == 401, "the right password is refused while locked: " + refused);
    }

    /** Keycloak answers a wrong password with 400 or 401 {@code invalid_grant}, depending on its version. */
    private static void assertWrongPassword(int status) {
        assertTrue(status == 400 || status == 401, "a wrong password is refused: " + status);
    }

    @AfterEach
    void removeTheThrowawayUser() throws Exception {
        if (userId != null) {
            adminCall("DELETE", "/users/" + userId, null);
        }
    }
}
