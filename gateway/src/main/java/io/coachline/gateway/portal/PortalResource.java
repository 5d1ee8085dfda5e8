package io.coachline.gateway.portal;

import io.coachline.gateway.session.BrowserSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /}: the portal's page. A browser without a session is sent to Keycloak first (the path policy
 * {@code portal} in application.properties triggers the code flow); the page itself then reads everything
 * through {@code /api} with the session cookie. Scripts and styles under {@code /portal/} are static and public:
 * they hold no data.
 */
@Path("/")
@Authenticated
public class PortalResource {

    static final String SHELL = "META-INF/resources/portal/index.html";
    /** The page carries its session's CSRF token here; api.js sends it with every write. */
    static final String CSRF_META = "<meta name=\"csrf-token\" content=\"\">";

    private static byte[] shell;

    @Inject
    SecurityIdentity identity;

    @Inject
    BrowserSession session;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        String token = session.csrfToken(identity).orElse("");
        String page = new String(shell(), StandardCharsets.UTF_8)
                .replace(CSRF_META, "<meta name=\"csrf-token\" content=\"" + token + "\">");
        // the security headers every response gets are in application.properties (quarkus.http.header)
        return Response.ok(page, "text/html; charset=UTF-8").cacheControl(noStore).build();
    }

    private static synchronized byte[] shell() {
        if (shell == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHELL)) {
                if (in == null) {
                    throw new IllegalStateException(SHELL + " is missing from the gateway");
                }
                shell = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shell;
    }
}
