package io.coachline.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    private static byte[] shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(shell(), "text/html; charset=UTF-8").cacheControl(noStore)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .build();
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
