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

    /** @return false when this consumer had already processed the event. */
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
