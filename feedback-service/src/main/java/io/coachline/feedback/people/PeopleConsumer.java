package io.coachline.feedback.people;

import io.coachline.common.inbox.BatchConsumer;
import io.coachline.common.people.PeopleProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/** Runs the common {@link PeopleProjection} on this service's tracker.events channel, in batches. */
@ApplicationScoped
public class PeopleConsumer {

    static final String CONSUMER = "feedback.people";

    @Inject
    BatchConsumer batches;

    @Inject
    PeopleProjection people;

    @Incoming("tracker-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onTrackerEvents(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, CONSUMER, PeopleProjection::concerns, events -> events.forEach(people::apply));
    }
}
