package io.coachline.gateway.route;

import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * Relays {@code /api/**} to the service that owns it with the caller's own access token (from the
 * bearer header or the browser session). The services validate that token again themselves.
 * Non-blocking: the request body is streamed to the service as it arrives (the methods take no body parameter, so
 * nothing reads it before), and the answer streamed back by {@link RelayedBodyWriter}, over pooled keep-alive
 * connections ({@link UpstreamClient}).
 */
@Path("/api")
@Authenticated
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    private static final Set<String> FORWARDED = Set.of("content-type", "content-length", "accept", "accept-language",
            "if-match", "if-none-match", "idempotency-key");
    private static final Set<String> RETURNED = Set.of("content-type", "content-disposition", "location", "etag", "cache-control", "idempotent-replayed", "retry-after");

    @Inject
    Routes routes;

    @Inject
    SecurityIdentity identity;

    @Inject
    UpstreamClient upstream;

    /** How long a service may stay silent (no answer, or no further bytes) before the call is given up. */
    @ConfigProperty(name = "coachline.gateway.upstream-timeout", defaultValue = "PT60S")
    Duration timeout;

    /** What a 503 tells the client to wait before it tries again. */
    @ConfigProperty(name = "coachline.gateway.upstream-retry-after", defaultValue = "PT5S")
    Duration retryAfter;

    @GET
    @Path("{path: .+}")
    public Uni<Response> get(@Context HttpServerRequest request) {
        return relay(request);
    }

    @DELETE
    @Path("{path: .+}")
    public Uni<Response> delete(@Context HttpServerRequest request) {
        return relay(request);
    }

    @POST
    @Path("{path: .+}")
    public Uni<Response> post(@Context HttpServerRequest request) {
        return relay(request);
    }

    @PUT
    @Path("{path: .+}")
    public Uni<Response> put(@Context HttpServerRequest request) {
        return relay(request);
    }

    @PATCH
    @Path("{path: .+}")
    public Uni<Response> patch(@Context HttpServerRequest request) {
        return relay(request);
    }

    /**
     * A seeker's secret calendar feed, for calendar apps that send no credentials: the token in the address is the
     * secret, and reminder-service checks it. Relayed without any Authorization.
     */
    @GET
    @PermitAll
    @Blocking
    @Path("calendar/{token: [A-Za-z0-9_-]{16,128}}.ics")
    public Uni<Response> calendarFeed(@Context HttpServerRequest request) {
        return send(request, null);
    }

    /**
     * The unsubscribe link of a reminder mail (RFC 8058 one-click), opened by a mail client or a browser without
     * credentials: the signed token in the address is the secret, and reminder-service checks it. GET shows a page with
     * one button, POST turns the mail off.
     * These credential-less calls run on a worker thread: the rate limit resolves their (anonymous) identity lazily,
     * which may not happen on the event loop.
     */
    @GET
    @PermitAll
    @Blocking
    @Path("settings/unsubscribe/{token: [A-Za-z0-9_.-]{16,512}}")
    public Uni<Response> unsubscribePage(@Context HttpServerRequest request) {
        return send(request, null);
    }

    @POST
    @PermitAll
    @Blocking
    @Path("settings/unsubscribe/{token: [A-Za-z0-9_.-]{16,512}}")
    public Uni<Response> unsubscribe(@Context HttpServerRequest request) {
        return send(request, null);
    }

    Uni<Response> relay(HttpServerRequest request) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw ProblemException.unauthorized("No access token to relay.");
        }
        return send(request, token.getToken());
    }

    private Uni<Response> send(HttpServerRequest in, String accessToken) {
        String path = in.path();
        URI base = routes.baseFor(path).orElseThrow(() -> ProblemException.notFound("Resource " + path));
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(base.getHost())
                .setPort(base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80)
                .setSsl("https".equals(base.getScheme()))
                .setURI(in.query() != null ? path + "?" + in.query() : path)
                .setIdleTimeout(timeout.toMillis());
        in.headers().forEach(h -> {
            if (FORWARDED.contains(h.getKey().toLowerCase())) {
                options.addHeader(h.getKey(), h.getValue());
            }
        });
        if (accessToken != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
        }
        boolean body = !in.isEnded() && (in.headers().contains(HttpHeaders.CONTENT_LENGTH) || in.headers().contains(HttpHeaders.TRANSFER_ENCODING));
        Future<HttpClientResponse> answer = upstream.http().request(options)
                .compose(request -> body ? request.send(in) : request.send());
        return Uni.createFrom().completionStage(answer.toCompletionStage())
                .map(response -> {
                    // hold the body until the writer pipes it: nothing may arrive before anyone listens
                    response.pause();
                    Response.ResponseBuilder out = Response.status(response.statusCode());
                    response.headers().forEach(h -> {
                        if (RETURNED.contains(h.getKey().toLowerCase())) {
                            out.header(h.getKey(), h.getValue());
                        }
                    });
                    return out.entity(new RelayedBody(response)).build();
                })
                .onFailure().recoverWithItem(e -> {
                    // refused, reset or silent past the timeout: the service is down or stuck, which is temporary for the caller
                    LOG.warnf("Upstream %s unreachable: %s", base, e.toString());
                    if (!in.isEnded()) {
                        in.resume(); // drop what the caller still sends, so its connection stays usable
                    }
                    return unavailable(path, "The service behind " + path + " did not answer. Try again shortly.");
                });
    }

    private Response unavailable(String path, String detail) {
        return Response.status(503).type(Problem.MEDIA_TYPE)
                .header("Retry-After", Long.toString(retryAfter.toSeconds()))
                .entity(Problem.of(503, "upstream-unavailable", "Service unavailable", detail).withInstance(path))
                .build();
    }
}
