package io.coachline.feedback.people;

import io.coachline.common.inbox.IdempotentConsumer;
import io.coachline.common.people.PeopleProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/** Runs the common {@link PeopleProjection} on this service's tracker.events channel. */
@ApplicationScoped
public class PeopleConsumer {

    static final String CONSUMER = "feedback.people";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    PeopleProjection people;

    /** Hibernate asks for the tenant only inside a request context: one per message (the tenant comes from the event). */
    @Incoming("tracker-events")
    @Blocking(ordered = true)
    @jakarta.enterprise.context.control.ActivateRequestContext
    public CompletionStage<Void> onTrackerEvent(Message<String> message) {
        return inbox.consume(message, CONSUMER, people::apply);
    }
}
