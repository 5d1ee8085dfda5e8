package io.coachline.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens of the demo realm's users (password {@code demo-password}), from the password grant of the public
 * client {@code platform-cli}; cached per user until 30 s before they expire.
 */
public final class Tokens {
    public static final String PASSWORD = "demo-password";
    public static final String CLIENT = "platform-cli";
    /** Client of the realm whose access tokens live {@link #SHORT_LIFESPAN}: to test expiry for real. */
    public static final String SHORT_LIVED_CLIENT = "platform-cli-short-lived";
    public static final Duration SHORT_LIFESPAN = Duration.ofSeconds(5);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Object> LOGINS = new ConcurrentHashMap<>();

    private record Cached(String token, Instant expires) {
    }

    private Tokens() {
    }

    /** An access token of a demo user, e.g. {@code accessToken("fjord-seeker1")}. */
    public static String accessToken(String username) {
        return accessToken(username, PASSWORD);
    }

    public static String accessToken(String username, String password) {
        String key = username + "\n" + password;
        // one login per user at a time: tests that fire parallel requests would otherwise log the same user in
        // several times at once, which Keycloak's brute-force detection may count against them
        synchronized (LOGINS.computeIfAbsent(key, k -> new Object())) {
            Cached cached = CACHE.get(key);
            if (cached != null && Instant.now().isBefore(cached.expires().minusSeconds(30))) {
                return cached.token();
            }
            JsonNode response = passwordGrant(CLIENT, username, password);
            String token = response.path("access_token").asText();
            CACHE.put(key, new Cached(token, Instant.now().plusSeconds(response.path("expires_in").asLong(60))));
            return token;
        }
    }

    /** A fresh (never cached) token of a demo user that expires after {@link #SHORT_LIFESPAN}. */
    public static String shortLivedAccessToken(String username) {
        return passwordGrant(SHORT_LIVED_CLIENT, username, PASSWORD).path("access_token").asText();
    }

    /** A token of the {@code coachline-admin} service account (client credentials): Keycloak's Admin API. */
    public static String adminServiceAccountToken() {
        StackInfo stack = LocalStack.ensureRunning();
        return tokenRequest("grant_type=client_credentials&client_id=coachline-admin&client_secret="
                + encode(stack.adminClientSecret())).path("access_token").asText();
    }

    /** Keycloak's base URL, e.g. {@code http://localhost:8180}. */
    public static String keycloakUrl() {
        return LocalStack.ensureRunning().keycloakUrl();
    }

    /** The realm's issuer, {@code <keycloakUrl>/realms/coaching}. */
    public static String issuer() {
        return LocalStack.ensureRunning().issuer();
    }

    /** The claims of a JWT (its payload, not verified). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private static JsonNode passwordGrant(String client, String username, String password) {
        return tokenRequest("grant_type=password&client_id=" + encode(client) + "&username=" + encode(username)
                + "&password=" + encode(password) + "&scope=openid");
    }

    private static JsonNode tokenRequest(String form) {
        StackInfo stack = LocalStack.ensureRunning();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.tokenEndpoint()))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request to " + stack.tokenEndpoint() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("token request to " + stack.tokenEndpoint() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
