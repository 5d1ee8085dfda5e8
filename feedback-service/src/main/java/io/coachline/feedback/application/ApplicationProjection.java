package io.coachline.feedback.application;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.common.events.IncomingEvent;
import io.coachline.common.inbox.BatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Keeps {@link ProjectedApplication} in step with the tracker's application events. It reads
 * tracker.events on its own channel and consumer group (the people projection owns the other
 * channel), so the two projections progress and retry independently.
 */
@ApplicationScoped
public class ApplicationProjection {

    static final String CONSUMER = "feedback.applications";

    @Inject
    BatchConsumer batches;

    /** In batches (common {@link BatchConsumer}): person, assignment and other events are only acknowledged. */
    @Incoming("tracker-applications")
    @Blocking(ordered = true)
    public CompletionStage<Void> onTrackerEvents(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, CONSUMER, ApplicationProjection::concerns, this::apply);
    }

    static boolean concerns(String type) {
        return type.startsWith("tracker.application.") || type.startsWith("tracker.contact.")
                || type.startsWith("tracker.interview.") || type.startsWith("tracker.interaction.");
    }

    /** A run of events in order: the stored rows of all its applications are read in one query. */
    void apply(List<IncomingEvent> events) {
        Map<UUID, ProjectedApplication> stored = null;
        if (events.size() > 1) {
            stored = new HashMap<>();
            for (IncomingEvent e : events) {
                stored.put(idOf(e), null);
            }
            for (ProjectedApplication a : ProjectedApplication.<ProjectedApplication>list("id in ?1", stored.keySet())) {
                stored.put(a.id, a);
            }
        }
        for (IncomingEvent e : events) {
            apply(e, stored);
        }
    }

    private static UUID idOf(IncomingEvent event) {
        JsonNode app = event.data().path("application");
        if (!app.isObject()) {
            throw new IncomingEvent.PoisonEvent(event.type() + " without application");
        }
        return UUID.fromString(app.path("id").asText(event.data().path("applicationId").asText()));
    }

    /** @param stored the rows of the run's applications (null: find this one) */
    private void apply(IncomingEvent event, Map<UUID, ProjectedApplication> stored) {
        if (!concerns(event.type())) {
            return;
        }
        JsonNode app = event.data().path("application");
        UUID id = idOf(event);
        Instant updatedAt = ApplicationFacts.instant(app.path("updatedAt"));
        ProjectedApplication a = stored != null ? stored.get(id) : ProjectedApplication.findById(id);
        if (a != null && a.sourceUpdatedAt != null && updatedAt != null && updatedAt.isBefore(a.sourceUpdatedAt)) {
            return; // an older state than the one we have
        }
        boolean fresh = a == null;
        if (fresh) {
            a = new ProjectedApplication();
            a.id = id;
            a.createdAt = Instant.now();
        }
        a.seekerId = UUID.fromString(app.path("seekerId").asText(event.data().path("seekerId").asText()));
        a.employer = app.path("employer").asText(null);
        a.position = app.path("position").asText(null);
        a.sector = app.path("sector").isNull() ? null : app.path("sector").asText(null);
        a.stage = app.path("stage").asText("APPLIED");
        ApplicationFacts f = ApplicationFacts.of(app);
        a.furthestStage = f.furthestStage();
        a.appliedOn = f.appliedOn();
        a.reachedInterview = f.reachedInterview();
        a.reachedOffer = f.reachedOffer();
        a.accepted = f.accepted();
        a.lastInterviewAt = f.lastInterviewAt();
        a.decidedAt = f.decidedAt();
        a.outboundFollowUps = f.outboundFollowUps();
        a.employerResponded = f.employerResponded();
        a.sourceUpdatedAt = updatedAt;
        if (fresh) {
            a.persist();
            if (stored != null) {
                stored.put(id, a);
            }
        }
    }
}
