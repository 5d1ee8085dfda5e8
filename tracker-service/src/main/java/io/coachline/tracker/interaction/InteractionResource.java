package io.coachline.tracker.interaction;

import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import io.coachline.tracker.application.Application;
import io.coachline.tracker.application.ApplicationAccess;
import io.coachline.tracker.application.ApplicationEvents;
import io.coachline.tracker.application.ApplicationView;
import io.coachline.tracker.contact.Contact;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Every contact with the employer, in either direction: what the follow-up rules read. */
@Path("/api/applications/{id}/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionResource {

    public record NewInteraction(@NotNull OffsetDateTime at, @NotNull Channel channel, @NotNull Direction direction,
                                 UUID contactId, @NotNull Purpose purpose, @Size(max = 4000) String summary,
                                 Outcome outcome) {
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
    public Response log(@PathParam("id") UUID applicationId, @Valid @NotNull NewInteraction request) {
        Application a = access.writable(caller, applicationId);
        if (request.contactId() != null) {
            Contact contact = Contact.findById(request.contactId());
            if (contact == null || !contact.applicationId.equals(a.id)) {
                throw ProblemException.invalid("contactId", "Is not a contact of this application.");
            }
        }
        if (request.at().toInstant().isAfter(Instant.now().plusSeconds(24 * 3600))) {
            throw ProblemException.invalid("at", "An interaction is logged once it happened, not ahead.");
        }
        Interaction i = Interaction.of(a.id, request.at().toInstant(), request.channel(), request.direction(),
                request.contactId(), request.purpose(), request.summary(), request.outcome());
        i.persist();
        a.updatedAt = Instant.now();
        ApplicationView view = events.publish(a, ApplicationEvents.INTERACTION_LOGGED, Map.of("interactionId", i.id));
        return Response.status(201).entity(view.interactions().stream().filter(x -> x.id().equals(i.id)).findFirst().orElseThrow()).build();
    }
}
