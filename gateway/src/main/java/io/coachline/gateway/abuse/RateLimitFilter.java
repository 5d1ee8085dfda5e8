package io.coachline.gateway.abuse;

import io.coachline.common.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Rate limits on {@code /api}: keyed by the token's subject (the same person through the portal or a script),
 * anonymous calls (the public calendar feed, unauthenticated attempts) by the client's address. Over the limit:
 * 429 problem+json with {@code Retry-After}.
 */
public class RateLimitFilter {

    private final RateLimits limits;

    @Inject
    SecurityIdentity identity;

    RateLimitFilter(@ConfigProperty(name = "coachline.rate-limit.requests") long requests,
                    @ConfigProperty(name = "coachline.rate-limit.period") Duration period,
                    @ConfigProperty(name = "coachline.rate-limit.expensive.requests") long expensiveRequests,
                    @ConfigProperty(name = "coachline.rate-limit.expensive.period") Duration expensivePeriod,
                    @ConfigProperty(name = "coachline.rate-limit.expensive.calls") List<String> expensiveCalls) {
        this.limits = new RateLimits(new RateLimits.Limit(requests, period),
                new RateLimits.Limit(expensiveRequests, expensivePeriod),
                expensiveCalls.stream().map(RateLimits.Call::parse).toList());
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> limit(ContainerRequestContext request, UriInfo uri, HttpServerRequest http) {
        String path = uri.getPath();
        if (!path.startsWith("/api")) {
            return Optional.empty();
        }
        return limits.take(caller(http), request.getMethod(), path).map(wait -> tooMany(path, wait));
    }

    private String caller(HttpServerRequest http) {
        if (identity != null && !identity.isAnonymous()) {
            String subject = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
            return "user:" + (subject != null ? subject : identity.getPrincipal().getName());
        }
        // behind a proxy, quarkus.http.proxy.proxy-address-forwarding makes this the client's address
        return "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    private static Response tooMany(String path, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", Long.toString(seconds))
                .entity(Problem.of(429, "rate-limited", "Too many requests",
                        "Too many requests; try again in " + seconds + " s.").withInstance(path))
                .build();
    }
}
