package io.coachline.gateway.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.common.problem.ProblemException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code GET /api/coach/pipelines} (coach, admin; bearer or session): served by the gateway itself, not relayed.
 * A more specific path than {@link io.coachline.gateway.route.ApiProxy}'s {@code /api/{path: .+}}, so JAX-RS picks
 * this resource. Roles come from the access token (the one the services will check too), not from the ID token.
 */
@Path("/api/coach/pipelines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    Pipelines pipelines;

    @GET
    public ClientPipeline.Page pipelines() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw ProblemException.unauthorized("No access token.");
        }
        Set<String> roles = realmRoles(token.getToken());
        if (!roles.contains("coach") && !roles.contains("tenant-admin")) {
            throw ProblemException.forbidden("Only coaches and admins see client pipelines.");
        }
        return pipelines.compose(token.getToken());
    }

    /** {@code realm_access.roles} of a JWT the OIDC layer has already verified. */
    static Set<String> realmRoles(String jwt) {
        Set<String> roles = new HashSet<>();
        try {
            String[] parts = jwt.split("\\.");
            JsonNode claims = Upstream.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        } catch (Exception e) {
            // an opaque token: no roles known here; the services decide
        }
        return roles;
    }
}
