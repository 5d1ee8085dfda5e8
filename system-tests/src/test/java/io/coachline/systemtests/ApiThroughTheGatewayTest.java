package io.coachline.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The API end to end through the gateway with real Keycloak tokens: relay to each service, and the gateway's own view. */
class ApiThroughTheGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void platform() {
        assumeFalse(Boolean.getBoolean("skipSystemTests"), "system tests skipped (-DskipSystemTests)");
        SystemStack.ensureRunning();
    }

    static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=platform-cli&scope=openid&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo-password";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SystemStack.keycloakUrl()
                        + "/realms/coaching/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SystemStack.gatewayUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void meIsTheTrackersAnswerForTheTokensUser() throws Exception {
        HttpResponse<String> r = call("GET", "/api/me", token("nordlys-seeker2"), null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode me = JSON.readTree(r.body());
        assertEquals("nordlys", me.path("tenant").asText());
        assertEquals("nordlys-seeker2", me.path("username").asText());
        assertTrue(me.path("locale").asText().startsWith("nb"), r.body());
    }

    @Test
    void anApplicationCreatedThroughTheGatewayIsInTheLogAndInTheCoachsPipeline() throws Exception {
        String seeker = token("fjord-seeker3");
        String employer = "Gateway Check " + System.nanoTime();
        HttpResponse<String> created = call("POST", "/api/applications", seeker,
                "{\"employer\":\"" + employer + "\",\"position\":\"Analyst\",\"sector\":\"PUBLIC\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("application").path("id").asText();

        HttpResponse<String> list = call("GET", "/api/applications?limit=500", seeker, null);
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(employer), list.body());
        assertEquals(200, call("GET", "/api/applications/" + id, seeker, null).statusCode());

        // the gateway's own composed view: coach1 coaches seeker3
        HttpResponse<String> pipelines = call("GET", "/api/coach/pipelines", token("fjord-coach1"), null);
        assertEquals(200, pipelines.statusCode(), pipelines.body());
        JsonNode page = JSON.readTree(pipelines.body());
        JsonNode row = null;
        for (JsonNode item : page.path("items")) {
            if (item.path("seekerId").asText().equals("10000000-0000-4000-8000-000000000103")) {
                row = item;
            }
        }
        assertTrue(row != null, "seeker3 is in coach1's pipelines: " + pipelines.body());
        assertTrue(row.path("stageCounts").path("APPLIED").asLong() >= 1, row.toString());
        assertTrue(row.path("activeApplications").asLong() >= 1, row.toString());
        assertFalse(row.path("lastActivityAt").isNull(), row.toString());
        System.out.println("[system test] pipelines partial=" + page.path("partial") + " unavailable=" + page.path("unavailable"));
    }

    @Test
    void aSeekerMayNotReadPipelinesAndAnonymousCallsGet401() throws Exception {
        assertEquals(403, call("GET", "/api/coach/pipelines", token("fjord-seeker1"), null).statusCode());
        assertEquals(401, call("GET", "/api/applications", null, null).statusCode());
    }

    @Test
    void theCalendarFeedUrlWorksAsGivenWithoutCredentials() throws Exception {
        HttpResponse<String> given = call("GET", "/api/calendar", token("fjord-seeker2"), null);
        assertEquals(200, given.statusCode(), given.body());
        String url = JSON.readTree(given.body()).path("url").asText();
        assertTrue(url.startsWith(SystemStack.gatewayUrl() + "/api/calendar/"), "the gateway's public address: " + url);

        // a calendar app: the URL exactly as given, no credentials, no cookies
        HttpResponse<String> feed = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), feed.headers().map().toString());
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(feed.body()));
        assertEquals("2.0", calendar.getVersion().orElseThrow().getValue());
        assertTrue(calendar.getProductId().orElseThrow().getValue().contains("Coachline"), feed.body());

        // a guessed address is not a feed
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(SystemStack.gatewayUrl()
                + "/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theOtherTenantsClientsAreNotInAPipeline() throws Exception {
        HttpResponse<String> r = call("GET", "/api/coach/pipelines", token("nordlys-admin"), null);
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("10000000-0000-4000-8000-"), "no fjord id in nordlys' pipelines");
        assertTrue(r.body().contains("20000000-0000-4000-8000-000000000101"), r.body());
    }
}
