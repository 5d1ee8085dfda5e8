package io.coachline.common.inbox;

import io.coachline.common.events.IncomingEvent;
import io.coachline.common.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Kafka delivers at least once; this makes a consumer effectively-once. The event id is recorded
 * in the same transaction as the handler's writes, so a replay (or a redelivery after a crash)
 * finds it and changes nothing, and a handler that fails leaves no mark and is retried.
 */
@ApplicationScoped
public class IdempotentConsumer {

    @Inject
    DataSource dataSource;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /**
     * The whole life of one Kafka message: read the CloudEvent, apply it once in its tenant, ack.
     * Any failure nacks it, and the channel's dead-letter strategy moves it aside, so one poison
     * message never blocks its partition.
     */
    public java.util.concurrent.CompletionStage<Void> consume(
            org.eclipse.microprofile.reactive.messaging.Message<String> message, String consumer,
            Consumer<IncomingEvent> handler) {
        try {
            IncomingEvent event = IncomingEvent.from(message, json);
            // ArC intercepts self-invocation, so handle() still runs in its own transaction
            boolean applied = handle(consumer, event, handler);
            if (!applied) {
                LOG.debugf("%s skipped event %s (already processed)", consumer, event.id());
            }
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("%s could not process a message, sending it to the dead-letter topic: %s", consumer, e.toString());
            return message.nack(e);
        }
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(IdempotentConsumer.class);

    /**
     * @return false when this consumer had already processed the event.
     * Hibernate resolves the tenant only inside a request context, so each event gets its own.
     */
    @jakarta.enterprise.context.control.ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean handle(String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
        if (!firstDelivery(consumer, event)) {
            return false;
        }
        TenantScope.run(event.tenant(), () -> handler.accept(event));
        return true;
    }

    boolean firstDelivery(String consumer, IncomingEvent event) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO processed_event (consumer, event_id, tenant_id, event_type) VALUES (?, ?, ?, ?) "
                             + "ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            insert.setString(3, event.tenant());
            insert.setString(4, event.type());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record processed event " + event.id(), e);
        }
    }
}
