package io.coachline.tracker.people;

import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A coach's caseload (an admin: every seeker of the tenant), and one client of it. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

    public record Client(UUID id, String displayName, String email, UUID coachId, Map<String, Long> stageCounts,
                         long activeApplications, java.time.OffsetDateTime lastActivityAt) {
    }

    @Inject
    People people;

    @Inject
    Caller caller;

    @GET
    @Path("/clients")
    @RolesAllowed({Role.COACH, Role.TENANT_ADMIN})
    @jakarta.transaction.Transactional
    public Map<String, List<Client>> list() {
        return Map.of("items", clients(people.visibleTo(caller).stream().filter(p -> p.role == PersonRole.SEEKER).toList()));
    }

    /** One client, as in the caseload: the portal's client page asks for this one instead of the whole caseload. */
    @GET
    @Path("/clients/{seekerId}")
    @RolesAllowed({Role.COACH, Role.TENANT_ADMIN})
    @jakarta.transaction.Transactional
    public Client one(@PathParam("seekerId") UUID seekerId) {
        return clients(List.of(people.clientOf(caller, seekerId))).get(0);
    }

    private static List<Client> clients(List<Person> seekers) {
        Map<UUID, Map<String, Long>> counts = new java.util.HashMap<>();
        Map<UUID, java.time.Instant> lastActivity = new java.util.HashMap<>();
        if (!seekers.isEmpty()) {
            List<UUID> ids = seekers.stream().map(p -> p.id).toList();
            List<Object[]> rows = io.coachline.tracker.application.Application.getEntityManager().createQuery(
                            "select a.seekerId, a.stage, count(a), max(a.updatedAt) from Application a "
                                    + "where a.seekerId in :ids group by a.seekerId, a.stage", Object[].class)
                    .setParameter("ids", ids).getResultList();
            for (Object[] r : rows) {
                UUID seeker = (UUID) r[0];
                counts.computeIfAbsent(seeker, k -> new java.util.TreeMap<>()).put(String.valueOf(r[1]), (Long) r[2]);
                lastActivity.merge(seeker, (java.time.Instant) r[3], (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        return seekers.stream().map(p -> {
            Map<String, Long> c = counts.getOrDefault(p.id, Map.of());
            long active = c.entrySet().stream()
                    .filter(e -> io.coachline.tracker.application.Stage.valueOf(e.getKey()).isActive())
                    .mapToLong(Map.Entry::getValue).sum();
            java.time.Instant last = lastActivity.get(p.id);
            return new Client(p.id, p.displayName(), p.email, p.coachId, c, active,
                    last == null ? null : last.atOffset(java.time.ZoneOffset.UTC));
        }).toList();
    }
}
