package io.coachline.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared real stack answers, and the coaching realm gives the tokens and Admin API rights the platform relies on. */
class LocalStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static StackInfo stack;

    @BeforeAll
    static void stack() {
        stack = LocalStack.ensureRunning();
    }

    @Test
    void stateNamesEveryComponent() {
        assertEquals("ready", stack.status());
        assertTrue(stack.pgPort() > 0 && stack.smtpPort() > 0 && stack.imapPort() > 0);
        assertTrue(stack.keycloakUrl().startsWith("http://localhost:"));
        assertFalse(stack.gatewayClientSecret().isBlank());
        assertFalse(stack.adminClientSecret().isBlank());
        assertEquals(stack, LocalStack.ensureRunning(), "one stack per JVM");
    }

    @Test
    void seekerTokenCarriesTenantRolesAndProfile() {
        JsonNode claims = Tokens.claims(Tokens.accessToken("fjord-seeker1"));
        assertEquals("10000000-0000-4000-8000-000000000101", claims.path("sub").asText());
        assertEquals(List.of("fjord"), strings(claims.path("organization")));
        assertTrue(strings(claims.path("realm_access").path("roles")).contains("seeker"));
        assertFalse(strings(claims.path("realm_access").path("roles")).contains("coach"));
        assertEquals("fjord-seeker1", claims.path("preferred_username").asText());
        assertEquals("Emma Hansen", claims.path("name").asText());
        assertEquals("fjord-seeker1@fjord.example", claims.path("email").asText());
        assertEquals("en", claims.path("locale").asText());
        assertEquals("Europe/Oslo", claims.path("zoneinfo").asText());
        assertEquals(stack.issuer(), claims.path("iss").asText());
    }

    @Test
    void coachTokenOfTheOtherTenant() {
        JsonNode claims = Tokens.claims(Tokens.accessToken("nordlys-coach1"));
        assertEquals("20000000-0000-4000-8000-000000000011", claims.path("sub").asText());
        assertEquals(List.of("nordlys"), strings(claims.path("organization")));
        assertTrue(strings(claims.path("realm_access").path("roles")).contains("coach"));
        assertEquals("nb", claims.path("locale").asText());
        assertEquals("Europe/Oslo", claims.path("zoneinfo").asText());
    }

    @Test
    void tokensAreCachedAndShortLivedOnesExpireSoon() {
        assertEquals(Tokens.accessToken("fjord-admin"), Tokens.accessToken("fjord-admin"));
        JsonNode admin = Tokens.claims(Tokens.accessToken("fjord-admin"));
        assertTrue(strings(admin.path("realm_access").path("roles")).contains("tenant-admin"));
        JsonNode brief = Tokens.claims(Tokens.shortLivedAccessToken("fjord-seeker1"));
        assertEquals(Tokens.SHORT_LIFESPAN.toSeconds(), brief.path("exp").asLong() - brief.path("iat").asLong());
    }

    @Test
    void adminServiceAccountCreatesAUserInAnOrganisationWithARequiredAction() throws Exception {
        String token = Tokens.adminServiceAccountToken();
        String admin = stack.keycloakUrl() + "/admin/realms/" + stack.keycloakRealm();
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = Map.of("username", username, "email", username + "@fjord.example",
                "firstName", "Test", "lastName", "Person", "enabled", true,
                "requiredActions", List.of("UPDATE_PASSWORD"),
                "attributes", Map.of("locale", List.of("en"), "zoneinfo", List.of("Europe/Oslo")));
        HttpResponse<String> created = send(token, "POST", admin + "/users", JSON.writeValueAsString(user));
        assertEquals(201, created.statusCode(), created.body());
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");

        JsonNode orgs = JSON.readTree(send(token, "GET", admin + "/organizations?search=fjord&exact=true", null).body());
        String orgId = orgs.get(0).path("id").asText();
        HttpResponse<String> member = send(token, "POST", admin + "/organizations/" + orgId + "/members", "\"" + id + "\"");
        assertEquals(201, member.statusCode(), member.body());

        JsonNode members = JSON.readTree(send(token, "GET", admin + "/organizations/" + orgId + "/members?search="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&exact=true", null).body());
        assertEquals(id, members.get(0).path("id").asText());
        JsonNode read = JSON.readTree(send(token, "GET", admin + "/users/" + id, null).body());
        assertEquals(List.of("UPDATE_PASSWORD"), strings(read.path("requiredActions")));
        assertEquals("Europe/Oslo", read.path("attributes").path("zoneinfo").get(0).asText());
        JsonNode demoMembers = JSON.readTree(send(token, "GET", admin + "/organizations/" + orgId + "/members?max=100", null).body());
        assertTrue(demoMembers.size() >= 11, "the 11 demo people of fjord are members");
    }

    @Test
    void postgresHasTheServiceDatabases() throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("postgres"), stack.pgUser(), stack.pgPassword());
             ResultSet rs = c.createStatement().executeQuery("select datname from pg_database")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            assertTrue(names.containsAll(List.of("tracker", "reminder", "feedback")), names.toString());
        }
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("tracker"), stack.pgUser(), stack.pgPassword())) {
            assertTrue(c.isValid(2));
        }
    }

    @Test
    void kafkaAnswers() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            assertEquals(1, admin.describeCluster().nodes().get(20, TimeUnit.SECONDS).size());
        }
    }

    @Test
    void testStackDoesNotTakeTheDefaultPorts() {
        // free-chosen ports (ephemeral range), so ./platform up keeps its defaults
        assertFalse(stack.keycloakUrl().endsWith(":8180"), stack.keycloakUrl());
        assertNotEquals(5432, stack.pgPort());
    }

    private static HttpResponse<String> send(String token, String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
