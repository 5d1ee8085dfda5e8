package io.coachline.tracker.contact;

import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import io.coachline.tracker.application.Application;
import io.coachline.tracker.application.ApplicationAccess;
import io.coachline.tracker.application.ApplicationEvents;
import io.coachline.tracker.application.ApplicationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Who the seeker talks to at the employer. */
@Path("/api/applications/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {

    public record NewContact(@NotBlank @Size(max = 200) String name, @NotNull ContactRole role,
                             @Email @Size(max = 320) String email, @Size(max = 50) String phone,
                             @Size(max = 200) String preferredContactTime) {
    }

    @Inject
    ApplicationAccess access;

    @Inject
    ApplicationEvents events;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Role.SEEKER)
    @Transactional
    @io.coachline.common.retry.RetryTransient
    public Response add(@PathParam("id") UUID applicationId, @Valid @NotNull NewContact request) {
        Application a = access.writable(caller, applicationId);
        Contact c = Contact.of(a.id, request.name(), request.role(), request.email(), request.phone(),
                request.preferredContactTime(), Instant.now());
        c.persist();
        a.updatedAt = c.createdAt;
        ApplicationView view = events.publish(a, ApplicationEvents.CONTACT_ADDED, Map.of("contactId", c.id));
        return Response.status(201).entity(view.contacts().stream().filter(x -> x.id().equals(c.id)).findFirst().orElseThrow()).build();
    }
}
