package io.coachline.gateway.route;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Scripts call {@code /api} with a bearer token and must get 401, never a login redirect; the
 * portal calls it with its session cookie. So: {@code /api} without a session is the bearer-only
 * "api" configuration, everything else the browser login.
 */
@ApplicationScoped
public class ApiOrBrowserTenant implements TenantResolver {

    @Override
    public String resolve(RoutingContext context) {
        String path = context.request().path();
        boolean api = path.equals("/api") || path.startsWith("/api/");
        boolean bearer = context.request().getHeader("Authorization") != null;
        boolean session = context.request().getCookie("q_session") != null
                || context.request().cookies().stream().anyMatch(c -> c.getName().startsWith("q_session"));
        // Name the default (browser) configuration explicitly: null would let a path segment pick a tenant.
        return api && (bearer || !session) ? "api" : io.quarkus.oidc.runtime.OidcUtils.DEFAULT_TENANT_ID;
    }
}
