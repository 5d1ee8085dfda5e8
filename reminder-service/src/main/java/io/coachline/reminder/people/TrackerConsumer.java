package io.coachline.reminder.people;

import io.coachline.common.events.IncomingEvent;
import io.coachline.common.inbox.BatchConsumer;
import io.coachline.common.people.PeopleProjection;
import io.coachline.reminder.reminders.Reminders;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * This service's one consumer of tracker.events, in batches (common {@link BatchConsumer}): people (the
 * common {@link PeopleProjection}) and the application events that re-plan reminders, in offset order.
 */
@ApplicationScoped
public class TrackerConsumer {

    static final String CONSUMER = "reminder.people";

    @Inject
    BatchConsumer batches;

    @Inject
    PeopleProjection people;

    @Inject
    Reminders reminders;

    @Incoming("tracker-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onTrackerEvents(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, CONSUMER, TrackerConsumer::concerns, this::apply);
    }

    static boolean concerns(String type) {
        return PeopleProjection.concerns(type) || Reminders.APPLICATION_EVENTS.contains(type);
    }

    /** In order; consecutive application events are re-planned together (one look-up of what they need). */
    void apply(List<IncomingEvent> events) {
        List<IncomingEvent> applications = new ArrayList<>();
        for (IncomingEvent event : events) {
            if (Reminders.APPLICATION_EVENTS.contains(event.type())) {
                applications.add(event);
                continue;
            }
            reminders.onApplicationEvents(applications);
            applications.clear();
            // dates follow the seeker's new time zone
            people.apply(event).ifPresent(seeker -> reminders.replanSeeker(event.tenant(), seeker));
        }
        reminders.onApplicationEvents(applications);
    }
}
