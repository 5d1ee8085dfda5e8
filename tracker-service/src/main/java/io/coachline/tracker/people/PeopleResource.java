package io.coachline.tracker.people;

import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    public record AssignmentRequest(@NotNull UUID coachId) {
    }

    @Inject
    People people;

    @Inject
    Caller caller;

    @GET
    @Path("/people")
    @RolesAllowed(Role.TENANT_ADMIN)
    public Map<String, List<PersonView>> list() {
        return Map.of("items", people.visibleTo(caller).stream().map(PersonView::of).toList());
    }

    @PUT
    @Path("/assignments/{seekerId}")
    @RolesAllowed(Role.TENANT_ADMIN)
    public PersonView assign(@PathParam("seekerId") UUID seekerId, @Valid @NotNull AssignmentRequest request) {
        return PersonView.of(people.assign(caller, seekerId, request.coachId()));
    }
}
