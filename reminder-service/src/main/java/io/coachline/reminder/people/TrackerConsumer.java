package io.coachline.reminder.people;

import io.coachline.common.events.IncomingEvent;
import io.coachline.common.inbox.IdempotentConsumer;
import io.coachline.common.people.PeopleProjection;
import io.coachline.reminder.reminders.Reminders;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * This service's one consumer of tracker.events: people (the common {@link PeopleProjection}) and the
 * application events that re-plan reminders.
 */
@ApplicationScoped
public class TrackerConsumer {

    static final String CONSUMER = "reminder.people";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    PeopleProjection people;

    @Inject
    Reminders reminders;

    /** Hibernate asks for the tenant only inside a request context: one per message (the tenant comes from the event). */
    @Incoming("tracker-events")
    @Blocking(ordered = true)
    @jakarta.enterprise.context.control.ActivateRequestContext
    public CompletionStage<Void> onTrackerEvent(Message<String> message) {
        return inbox.consume(message, CONSUMER, this::apply);
    }

    void apply(IncomingEvent event) {
        if (PeopleProjection.concerns(event.type())) {
            // dates follow the seeker's new time zone
            people.apply(event).ifPresent(seeker -> reminders.replanSeeker(event.tenant(), seeker));
        } else if (Reminders.APPLICATION_EVENTS.contains(event.type())) {
            reminders.onApplicationEvent(event);
        }
    }
}
