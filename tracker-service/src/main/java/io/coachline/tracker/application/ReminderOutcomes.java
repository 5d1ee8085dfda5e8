package io.coachline.tracker.application;

import io.coachline.common.events.IncomingEvent;
import io.coachline.common.inbox.IdempotentConsumer;
import io.coachline.common.problem.ProblemException;
import io.coachline.tracker.policy.TenantPolicies;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The F9 hand-back (domain.md "Give up"): when the seeker marks the closing-message reminder done,
 * reminder-service publishes {@code reminder.reminder.done.v1} with rule F9; this moves the application,
 * if it is still open, to NO_RESPONSE and publishes the stage change like any other. Idempotent (inbox);
 * an application already closed, or one the stage machine does not let go, is left as it is.
 * The same consumer keeps the tenant's policy numbers ({@code reminder.policy.changed.v1}, see {@link TenantPolicies}).
 */
@ApplicationScoped
public class ReminderOutcomes {

    private static final Logger LOG = Logger.getLogger(ReminderOutcomes.class);
    static final String CONSUMER = "tracker.reminder-outcomes";
    static final String DONE = "reminder.reminder.done.v1";
    static final String NOTE = "Closing message sent (F9)";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    Applications applications;

    @Inject
    ApplicationEvents events;

    @Inject
    TenantPolicies policies;

    @Incoming("reminder-events")
    @Blocking(ordered = true)
    public CompletionStage<Void> onReminderEvent(Message<String> message) {
        return inbox.consume(message, CONSUMER, this::apply);
    }

    void apply(IncomingEvent event) {
        if (TenantPolicies.CHANGED.equals(event.type())) {
            policies.apply(event);
            return;
        }
        if (!DONE.equals(event.type()) || !"F9".equals(event.data().path("rule").asText())) {
            return;
        }
        UUID id = UUID.fromString(event.data().path("applicationId").asText());
        Application a = Application.findById(id);
        if (a == null || a.stage.isTerminal()) {
            return;
        }
        try {
            applications.moveTo(a, Stage.NO_RESPONSE, Instant.now(), NOTE, false);
        } catch (ProblemException e) {
            LOG.infof("F9 done for %s, but %s cannot move to NO_RESPONSE: %s", id, a.stage, e.getMessage());
            return;
        }
        events.publish(a, ApplicationEvents.STAGE_CHANGED, Map.of("to", Stage.NO_RESPONSE, "reopen", false,
                "cause", "reminder.F9"));
    }
}
