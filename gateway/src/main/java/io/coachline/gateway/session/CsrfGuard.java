package io.coachline.gateway.session;

import io.coachline.common.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery: a state-changing {@code /api} call authenticated by the session cookie must carry the
 * session's token in {@value #HEADER} (the portal has it from its page) and come from the portal's own origin
 * ({@code Origin}, else {@code Referer}). Bearer-token callers are not affected: another site cannot make a browser
 * send an Authorization header.
 */
public class CsrfGuard {

    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** The mail's unsubscribe link: its signed token is the credential, and it only turns reminder mail off. */
    private static final String UNSUBSCRIBE = "/api/settings/unsubscribe/";

    @Inject
    SecurityIdentity identity;

    @Inject
    BrowserSession session;

    /** The portal's public address (scheme, host, port) when a proxy in front rewrites it; else the request's own. */
    @ConfigProperty(name = "coachline.gateway.public-url")
    Optional<URI> publicUrl;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> check(ContainerRequestContext request, UriInfo uri) {
        if (SAFE.contains(request.getMethod()) || !uri.getPath().startsWith("/api") || !BrowserSession.fromCookie(identity)
                || uri.getPath().startsWith(UNSUBSCRIBE)) {
            return Optional.empty();
        }
        String portal = origin(publicUrl.orElse(uri.getBaseUri()));
        String origin = request.getHeaderString("Origin");
        String referer = request.getHeaderString("Referer");
        boolean sameOrigin = origin != null ? origin.equals(portal)
                : referer != null && (referer.equals(portal) || referer.startsWith(portal + "/"));
        if (!sameOrigin) {
            return Optional.of(refused(uri, "The request did not come from the portal (" + (origin != null ? "Origin " + origin
                    : "no Origin or Referer") + ")."));
        }
        if (!session.csrfTokenMatches(identity, request.getHeaderString(HEADER))) {
            return Optional.of(refused(uri, "The request lacks this session's " + HEADER + " header. Reload the page."));
        }
        return Optional.empty();
    }

    static String origin(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 && "http".equals(uri.getScheme()) || port == 443 && "https".equals(uri.getScheme());
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }

    private static Response refused(UriInfo uri, String detail) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "csrf", "Forbidden", detail).withInstance(uri.getPath())).build();
    }
}
