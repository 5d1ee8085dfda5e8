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

    /** Hibernate asks for the tenant only inside a request context: one per message (the tenant itself comes from the event). */
    @Incoming("tracker-applications")
    @Blocking(ordered = true)
    @jakarta.enterprise.context.control.ActivateRequestContext
    public CompletionStage<Void> onTrackerEvent(Message<String> message) {
        String type = message.getMetadata(io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata.class)
                .map(ce -> ce.getType()).orElse(null);
        if (type != null && !concerns(type)) {
            return message.ack(); // person, assignment and other events: not this projection's, no transaction spent
        }
        return inbox.consume(message, CONSUMER, this::apply);
    }

    static boolean concerns(String type) {
        return type.startsWith("tracker.application.") || type.startsWith("tracker.contact.")
                || type.startsWith("tracker.interview.") || type.startsWith("tracker.interaction.");
    }

    void apply(IncomingEvent event) {
        if (!concerns(event.type())) {
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
