package io.coachline.tracker.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates platform users in Keycloak through its Admin API, with the {@code coachline-admin}
 * service account: the user, their realm role, membership of the tenant's organisation, and the
 * "set your password" e-mail.
 */
@ApplicationScoped
public class KeycloakDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class);

    public record NewUser(String email, String firstName, String lastName, PersonRole role, String locale,
                          String timeZone) {
    }

    public record CreatedUser(UUID id, boolean invitationSent) {
    }

    @ConfigProperty(name = "coachline.keycloak-url")
    String keycloakUrl;

    @ConfigProperty(name = "coachline.keycloak-realm", defaultValue = "coaching")
    String realm;

    @ConfigProperty(name = "coachline.admin-client-id", defaultValue = "coachline-admin")
    String clientId;

    @ConfigProperty(name = "coachline.admin-client-secret", defaultValue = "")
    String clientSecret;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public CreatedUser create(String tenant, NewUser user) {
        String token = serviceToken();
        String orgId = organisationId(token, tenant);
        Map<String, Object> body = Map.of(
                "username", user.email(), "email", user.email(), "firstName", user.firstName(),
                "lastName", user.lastName(), "enabled", true, "emailVerified", false,
                "requiredActions", List.of("UPDATE_PASSWORD"),
                "attributes", Map.of("locale", List.of(user.locale()), "zoneinfo", List.of(user.timeZone())));
        HttpResponse<String> created = send(token, "POST", "/users", body);
        if (created.statusCode() == 409) {
            throw ProblemException.conflict("person-exists", "Person exists",
                    "A user with this e-mail already exists.");
        }
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        try {
            JsonNode role = json.readTree(expect(send(token, "GET", "/roles/" + user.role().realmRole, null), 200).body());
            expect(send(token, "POST", "/users/" + id + "/role-mappings/realm", List.of(role)), 204);
            expect(send(token, "POST", "/organizations/" + orgId + "/members", id.toString()), 201);
        } catch (RuntimeException | IOException e) {
            delete(token, id); // leave nothing half-made behind
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        boolean invited = send(token, "PUT", "/users/" + id + "/execute-actions-email?lifespan=604800",
                List.of("UPDATE_PASSWORD")).statusCode() == 204;
        if (!invited) {
            LOG.warnf("Keycloak could not send the set-password e-mail to user %s; it stays a required action", id);
        }
        return new CreatedUser(id, invited);
    }

    public void delete(UUID id) {
        delete(serviceToken(), id);
    }

    private void delete(String token, UUID id) {
        try {
            send(token, "DELETE", "/users/" + id, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not remove Keycloak user %s after a failed creation", id);
        }
    }

    private String organisationId(String token, String tenant) {
        try {
            JsonNode orgs = json.readTree(expect(send(token, "GET", "/organizations?exact=true&search="
                    + URLEncoder.encode(tenant, StandardCharsets.UTF_8), null), 200).body());
            for (JsonNode org : orgs) {
                if (tenant.equals(org.path("alias").asText()) || tenant.equals(org.path("name").asText())) {
                    return org.path("id").asText();
                }
            }
        } catch (IOException e) {
            throw unavailable(e);
        }
        throw new IllegalStateException("No Keycloak organisation for tenant " + tenant);
    }

    private String serviceToken() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + realm
                            + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return json.readTree(expect(r, 200).body()).path("access_token").asText();
        } catch (IOException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private HttpResponse<String> send(String token, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + realm + path))
                    .timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException("Keycloak answered " + r.statusCode() + " to " + r.request().method() + " "
                    + r.request().uri().getPath() + ": " + r.body());
        }
        return r;
    }

    private static ProblemException unavailable(Exception e) {
        LOG.warnf("Keycloak Admin API unreachable: %s", e.toString());
        return new ProblemException(Problem.of(503, "identity-provider-unavailable", "Identity provider unavailable",
                "The person could not be created now; nothing was changed. Try again shortly."));
    }
}
