package io.coachline.feedback.application;

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

/**
 * Keeps {@link ProjectedApplication} in step with the tracker's application events. It reads
 * tracker.events on its own channel and consumer group (the people projection owns the other
 * channel), so the two projections progress and retry independently.
 */
@ApplicationScoped
public class ApplicationProjection {

    static final String CONSUMER = "feedback.applications";

    @Inject
    IdempotentConsumer inbox;

    @Incoming("tracker-applications")
    @Blocking(ordered = true)
    public CompletionStage<Void> onTrackerEvent(Message<String> message) {
        return inbox.consume(message, CONSUMER, this::apply);
    }

    void apply(IncomingEvent event) {
        if (!event.type().startsWith("tracker.application.") && !event.type().startsWith("tracker.contact.")
                && !event.type().startsWith("tracker.interview.") && !event.type().startsWith("tracker.interaction.")) {
            return;
        }
        JsonNode app = event.data().path("application");
        if (!app.isObject()) {
            throw new IncomingEvent.PoisonEvent(event.type() + " without application");
        }
        UUID id = UUID.fromString(app.path("id").asText(event.data().path("applicationId").asText()));
        Instant updatedAt = ApplicationFacts.instant(app.path("updatedAt"));
        ProjectedApplication a = ProjectedApplication.findById(id);
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
        }
    }
}
