package io.coachline.gateway.session;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.RefreshToken;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code GET /logout}: ends the Keycloak session from the gateway itself (OpenID Connect logout with the session's
 * refresh token, server to server), drops the session cookies and sends the browser back to the portal, which asks
 * for a login again. Quarkus' own logout redirects the browser with {@code id_token_hint=<ID token>} in the URL,
 * where browser history, proxies and logs keep it; this way no token is ever in a URL.
 */
@Path("/logout")
@Authenticated
public class LogoutResource {

    private static final Logger LOG = Logger.getLogger(LogoutResource.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    OidcSession oidcSession;

    @Inject
    RefreshToken refreshToken;

    @Inject
    OidcConfigurationMetadata metadata;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    Optional<String> clientSecret;

    @GET
    public Response logout(@Context UriInfo uri) {
        URI portal = uri.getBaseUriBuilder().path("/").build();
        boolean ended = endAtKeycloak();
        oidcSession.logout().await().atMost(Duration.ofSeconds(10));
        if (ended) {
            return Response.seeOther(portal).build();
        }
        // Keycloak did not take the server-side logout: let the browser end it there, still without the ID token
        // (Keycloak then asks the user to confirm).
        return Response.seeOther(UriBuilder.fromUri(metadata.getEndSessionUri())
                .queryParam("client_id", clientId)
                .queryParam("post_logout_redirect_uri", portal).build()).build();
    }

    private boolean endAtKeycloak() {
        String token = refreshToken == null ? null : refreshToken.getToken();
        if (token == null || metadata.getEndSessionUri() == null) {
            return false;
        }
        String form = "client_id=" + encode(clientId) + clientSecret.map(s -> "&client_secret=" + encode(s)).orElse("")
                + "&refresh_token=" + encode(token);
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(metadata.getEndSessionUri()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 == 2) {
                return true;
            }
            LOG.warnf("Keycloak refused the logout: %d", answer.statusCode());
        } catch (java.io.IOException e) {
            LOG.warnf("Keycloak did not answer the logout: %s", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
