package io.coachline.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes an event in the caller's database transaction: it reaches Kafka if and only if the
 * change commits, even when Kafka is down at that moment. The relay is woken right after the
 * commit, so there is no polling delay in the normal case.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxSignal signal;

    /**
     * @param key     the Kafka key: the aggregate (usually the application) whose events must stay in order
     * @param type    a versioned CloudEvent type, e.g. {@code tracker.application.created.v1}
     * @param subject what the event is about, e.g. the application id
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String tenant, String key, String type, String subject, Object data) {
        UUID id = UUID.randomUUID();
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data of " + type + " is not serialisable", e);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_event "
                     + "(event_id, tenant_id, event_key, event_type, subject, occurred_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, tenant);
            insert.setString(3, key);
            insert.setString(4, type);
            insert.setString(5, subject);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setString(7, payload);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write event " + type + " to the outbox", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal.ring();
                }
            }
        });
        return id;
    }
}
