package io.coachline.reminder.people;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.common.events.IncomingEvent;
import io.coachline.common.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Keeps {@link Client} in step with the tracker's person and assignment events. */
@ApplicationScoped
public class PeopleProjection {

    static final String CONSUMER = "reminder.people";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    io.coachline.reminder.reminders.Reminders reminders;

    /** Hibernate asks for the tenant only inside a request context: one per message (the tenant comes from the event). */
    @Incoming("tracker-events")
    @Blocking(ordered = true)
    @jakarta.enterprise.context.control.ActivateRequestContext
    public CompletionStage<Void> onTrackerEvent(Message<String> message) {
        return inbox.consume(message, CONSUMER, this::apply);
    }

    void apply(IncomingEvent event) {
        JsonNode d = event.data();
        switch (event.type()) {
            case "tracker.person.created.v1" -> {
                UUID id = UUID.fromString(d.path("id").asText());
                Client c = Client.<Client>findByIdOptional(id).orElseGet(Client::new);
                String zoneBefore = c.timeZone == null ? "Europe/Oslo" : c.timeZone; // what plans so far assumed
                c.id = id;
                c.role = d.path("role").asText();
                c.displayName = d.path("displayName").asText();
                c.email = d.path("email").asText(null);
                c.locale = d.path("locale").asText("en");
                c.timeZone = d.path("timeZone").asText("Europe/Oslo");
                c.coachId = uuidOrNull(d.path("coachId"));
                c.updatedAt = Instant.now();
                c.persist();
                if (!zoneBefore.equals(c.timeZone)) {
                    reminders.replanSeeker(event.tenant(), id); // dates follow the seeker's new time zone
                }
            }
            case "tracker.assignment.changed.v1" -> Client.<Client>findByIdOptional(UUID.fromString(d.path("seekerId").asText()))
                    .ifPresent(c -> {
                        c.coachId = uuidOrNull(d.path("coachId"));
                        c.updatedAt = Instant.now();
                    });
            case "tracker.application.created.v1", "tracker.application.updated.v1",
                 "tracker.application.stage-changed.v1", "tracker.contact.added.v1",
                 "tracker.interview.scheduled.v1", "tracker.interview.completed.v1",
                 "tracker.interaction.logged.v1" -> reminders.onApplicationEvent(event);
            default -> {
                // other tracker events are not this projection's business
            }
        }
    }

    static UUID uuidOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asText().isEmpty() ? null : UUID.fromString(node.asText());
    }
}
