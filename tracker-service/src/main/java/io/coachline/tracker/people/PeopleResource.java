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

    public record NewPerson(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Email
                            @jakarta.validation.constraints.Size(max = 254) String email,
                            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 100) String firstName,
                            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 100) String lastName,
                            @NotNull PersonRole role, UUID coachId,
                            @jakarta.validation.constraints.Pattern(regexp = "en|nb", message = "must be en or nb") String locale,
                            @jakarta.validation.constraints.Size(max = 64) String timeZone) {
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

    /** Creates the user in Keycloak (in the tenant's organisation) and in the platform. */
    @jakarta.ws.rs.POST
    @Path("/people")
    @RolesAllowed(Role.TENANT_ADMIN)
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response create(@Valid @NotNull NewPerson request) {
        Person created = people.createWithLogin(caller, request);
        return jakarta.ws.rs.core.Response.created(java.net.URI.create("/api/people/" + created.id))
                .entity(PersonView.of(created)).build();
    }

    @PUT
    @Path("/assignments/{seekerId}")
    @RolesAllowed(Role.TENANT_ADMIN)
    public PersonView assign(@PathParam("seekerId") UUID seekerId, @Valid @NotNull AssignmentRequest request) {
        return PersonView.of(people.assign(caller, seekerId, request.coachId()));
    }
}
