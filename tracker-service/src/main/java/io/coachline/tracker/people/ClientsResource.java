package io.coachline.tracker.people;

import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A coach's caseload (an admin: every seeker of the tenant). */
@Path("/api/clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

    public record Client(UUID id, String displayName, String email, UUID coachId) {
    }

    @Inject
    People people;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Role.COACH, Role.TENANT_ADMIN})
    public Map<String, List<Client>> list() {
        List<Client> clients = people.visibleTo(caller).stream()
                .filter(p -> p.role == PersonRole.SEEKER)
                .map(p -> new Client(p.id, p.displayName(), p.email, p.coachId))
                .toList();
        return Map.of("items", clients);
    }
}
