package io.coachline.gateway.route;

import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * Relays {@code /api/**} to the service that owns it with the caller's own access token (from the
 * bearer header or the browser session). The services validate that token again themselves.
 */
@Path("/api")
@Authenticated
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    private static final Set<String> FORWARDED = Set.of("content-type", "accept", "accept-language", "if-match", "if-none-match", "idempotency-key");
    private static final Set<String> RETURNED = Set.of("content-type", "content-disposition", "location", "etag", "cache-control", "idempotent-replayed", "retry-after");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Routes routes;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "coachline.gateway.upstream-timeout", defaultValue = "PT60S")
    Duration timeout;

    /** What a 503 tells the client to wait before it tries again. */
    @ConfigProperty(name = "coachline.gateway.upstream-retry-after", defaultValue = "PT5S")
    Duration retryAfter;

    @GET
    @Path("{path: .+}")
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return relay("GET", uri, headers, null);
    }

    @DELETE
    @Path("{path: .+}")
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        return relay("DELETE", uri, headers, null);
    }

    @POST
    @Path("{path: .+}")
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return relay("POST", uri, headers, body);
    }

    @PUT
    @Path("{path: .+}")
    public Response put(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return relay("PUT", uri, headers, body);
    }

    @PATCH
    @Path("{path: .+}")
    public Response patch(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return relay("PATCH", uri, headers, body);
    }

    /**
     * A seeker's secret calendar feed, for calendar apps that send no credentials: the token in the address is the
     * secret, and reminder-service checks it. Relayed without any Authorization.
     */
    @GET
    @PermitAll
    @Path("calendar/{token: [A-Za-z0-9_-]{16,128}}.ics")
    public Response calendarFeed(@Context UriInfo uri, @Context HttpHeaders headers) {
        return send("GET", uri, headers, null, null);
    }

    /**
     * The unsubscribe link of a reminder mail (RFC 8058 one-click), opened by a mail client or a browser without
     * credentials: the signed token in the address is the secret, and reminder-service checks it. GET shows a page with
     * one button, POST turns the mail off.
     */
    @GET
    @PermitAll
    @Path("settings/unsubscribe/{token: [A-Za-z0-9_.-]{16,512}}")
    public Response unsubscribePage(@Context UriInfo uri, @Context HttpHeaders headers) {
        return send("GET", uri, headers, null, null);
    }

    @POST
    @PermitAll
    @Path("settings/unsubscribe/{token: [A-Za-z0-9_.-]{16,512}}")
    public Response unsubscribe(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return send("POST", uri, headers, body, null);
    }

    Response relay(String method, UriInfo uri, HttpHeaders headers, InputStream body) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw ProblemException.unauthorized("No access token to relay.");
        }
        return send(method, uri, headers, body, token.getToken());
    }

    private Response send(String method, UriInfo uri, HttpHeaders headers, InputStream body, String accessToken) {
        String path = uri.getRequestUri().getRawPath();
        URI base = routes.baseFor(path).orElseThrow(() -> ProblemException.notFound("Resource " + path));
        String query = uri.getRequestUri().getRawQuery();
        URI target = base.resolve(path + (query != null ? "?" + query : ""));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
            if (accessToken != null) {
                request.header("Authorization", "Bearer " + accessToken);
            }
            headers.getRequestHeaders().forEach((name, values) -> {
                if (FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Response.ResponseBuilder out = Response.status(answer.statusCode()).entity(answer.body());
            answer.headers().map().forEach((name, values) -> {
                if (RETURNED.contains(name.toLowerCase())) {
                    values.forEach(v -> out.header(name, v));
                }
            });
            return out.build();
        } catch (IOException e) {
            // refused, reset or over the timeout: the service is down or stuck, which is temporary for the caller
            LOG.warnf("Upstream %s unreachable: %s", base, e.toString());
            return unavailable(path, "The service behind " + path + " did not answer. Try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(path, "The request was interrupted.");
        }
    }

    private Response unavailable(String path, String detail) {
        return Response.status(503).type(Problem.MEDIA_TYPE)
                .header("Retry-After", Long.toString(retryAfter.toSeconds()))
                .entity(Problem.of(503, "upstream-unavailable", "Service unavailable", detail).withInstance(path))
                .build();
    }
}
