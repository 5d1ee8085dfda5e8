package io.coachline.feedback.taxonomy;

import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    @Inject
    Taxonomy taxonomy;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Role.SEEKER, Role.COACH, Role.TENANT_ADMIN})
    public Taxonomy.View get() {
        return taxonomy.view(caller.tenant());
    }

    @PUT
    @RolesAllowed(Role.TENANT_ADMIN)
    public Taxonomy.View put(Taxonomy.View change) {
        if (change == null) {
            throw ProblemException.invalid("body", "A taxonomy is required.");
        }
        return taxonomy.update(caller.tenant(), change);
    }
}
