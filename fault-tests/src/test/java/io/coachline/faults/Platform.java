package io.coachline.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.testsupport.PlatformStack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The fault tests' own whole platform ({@code target/fault-stack}, two reminder-service replicas), which they may
 * break, and the few calls they make on it: real tokens, the services' APIs directly (not through the gateway, whose
 * own rate limits and timeouts are not under test here), the databases for counting.
 */
final class Platform {
    static final PlatformStack STACK = new PlatformStack("fault-stack", 90,
            Map.of("COACHLINE_REMINDER_REPLICAS", "2", "COACHLINE_PG_DURABLE", "true"));
    static final boolean LONG = Boolean.getBoolean("faults.long");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The demo seekers of both tenants: changes are spread over them. */
    static final List<String> SEEKERS = IntStream.rangeClosed(1, 8)
            .boxed().flatMap(i -> java.util.stream.Stream.of("fjord-seeker" + i, "nordlys-seeker" + i)).toList();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Platform() {
    }

    static Properties ensureRunning() {
        return STACK.ensureRunning();
    }

    /** A real access token (password grant of platform-cli), cached; the realm's tokens live 15 min. */
    static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> {
            String form = "grant_type=password&client_id=platform-cli&username=" + URLEncoder.encode(u, StandardCharsets.UTF_8)
                    + "&password=demo-password";
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(STACK.keycloakUrl()
                                + "/realms/coaching/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("token for " + u + ": " + r.statusCode() + " " + r.body());
                }
                return JSON.readTree(r.body()).path("access_token").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** {@code headers}: more request headers, name and value in turn. */
    static HttpResponse<String> call(String module, String method, String path, String user, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(STACK.url(module) + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token(user));
        if (headers.length > 0) {
            b.headers(headers);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new application of the seeker (APPLIED today); its id, or the failed response's status and body. */
    static HttpResponse<String> createApplication(String seeker, String employer, String... headers) throws Exception {
        String body = JSON.createObjectNode().put("employer", employer).put("position", "Backend developer")
                .put("appliedOn", LocalDate.now().toString()).toString();
        return call("tracker-service", "POST", "/api/applications", seeker, body, headers);
    }

    static UUID idOf(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static Connection database(String name) throws SQLException {
        Properties s = STACK.current();
        return DriverManager.getConnection("jdbc:postgresql://" + s.getProperty("pg.host") + ":" + s.getProperty("pg.port")
                + "/" + name, s.getProperty("pg.user"), s.getProperty("pg.password"));
    }

    /** Runs {@code ./platform <command>} on this stack's state folder: its exit code and output. */
    record Script(int exitCode, String output) {
    }

    static Script platform(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(PlatformStack.root().resolve("platform").toString(), command)
                .directory(PlatformStack.root().toFile()).redirectErrorStream(true);
        builder.environment().put("COACHLINE_STATE_DIR", STACK.dir().toString());
        builder.environment().put("COACHLINE_SKIP_BUILD", "1");
        builder.environment().put("COACHLINE_UP_TIMEOUT", "300");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        log("./platform " + command + " (" + code + "):\n" + output);
        return new Script(code, output);
    }

    static void log(String message) {
        PlatformStack.log(message);
    }
}
