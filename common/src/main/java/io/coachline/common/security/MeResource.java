package io.coachline.common.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/me}: every service answers it from the token it validated itself. The gateway
 * relays it to the tracker instead ({@code coachline.me.relayed=true}).
 */
@io.quarkus.arc.properties.UnlessBuildProperty(name = "coachline.me.relayed", stringValue = "true", enableIfMissing = true)
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(UUID id, String tenant, List<String> roles, String username, String displayName,
                     String email, String timeZone, String locale) {
    }

    @Inject
    Caller caller;

    @GET
    public Me me() {
        return new Me(caller.id(), caller.tenant(), caller.roles().stream().sorted().toList(), caller.username(),
                caller.displayName(), caller.email(), caller.timeZone().getId(), caller.locale().toLanguageTag());
    }
}
