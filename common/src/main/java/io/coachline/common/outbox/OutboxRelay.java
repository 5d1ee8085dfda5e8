package io.coachline.common.outbox;

import io.coachline.common.events.Events;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Moves outbox rows to Kafka in commit order. One relay per database at a time (a transaction
 * advisory lock), so several replicas never reorder one application's events. A row is deleted
 * only after Kafka acknowledged it; while Kafka is down rows simply wait.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    @Inject
    DataSource dataSource;

    @Inject
    @Channel("outbox-events")
    Emitter<String> emitter;

    @ConfigProperty(name = "coachline.events.source")
    String source;

    /** Fallback poll for rows written by other replicas or left by a failed attempt. */
    @ConfigProperty(name = "coachline.outbox.poll-interval-ms", defaultValue = "1000")
    long pollIntervalMs;

    @ConfigProperty(name = "coachline.outbox.ack-timeout-ms", defaultValue = "30000")
    long ackTimeoutMs;

    @Inject
    OutboxSignal signal;
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent ignored) {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void wake() {
        signal.ring();
    }

    private void loop() {
        long backoff = 0;
        while (running) {
            try {
                signal.await(backoff > 0 ? backoff : pollIntervalMs);
                if (!running) {
                    return;
                }
                while (running && relayBatch() == BATCH) {
                    // a full batch means more may be waiting
                }
                backoff = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                backoff = Math.min(backoff == 0 ? 500 : backoff * 2, 10_000);
                LOG.warnf("Outbox relay could not publish (retrying in %d ms): %s", backoff, e.toString());
            }
        }
    }

    /** @return how many events were published */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (!leaderLock(c)) {
                    return 0;
                }
                List<Row> rows = pending(c);
                int published = 0;
                Exception failure = null;
                List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    acks.add(send(row));
                }
                for (CompletableFuture<Void> ack : acks) {
                    try {
                        ack.get(ackTimeoutMs, TimeUnit.MILLISECONDS);
                        published++;
                    } catch (Exception e) {
                        failure = e;
                        break;
                    }
                }
                // Only the acknowledged prefix leaves the outbox; the rest is sent again, in order.
                delete(c, rows.subList(0, published));
                if (failure != null) {
                    throw new IllegalStateException("Kafka did not acknowledge an event", failure);
                }
                return published;
            }
        });
    }

    private static boolean leaderLock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext('coachline.outbox-relay'))");
             ResultSet r = lock.executeQuery()) {
            return r.next() && r.getBoolean(1);
        }
    }

    private static List<Row> pending(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT seq, event_id, tenant_id, event_key, event_type, subject, "
                + "occurred_at, data FROM outbox_event ORDER BY seq LIMIT " + BATCH);
             ResultSet r = select.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getObject(2, UUID.class), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getTimestamp(7).toInstant().atZone(ZoneOffset.UTC), r.getString(8)));
            }
        }
        return rows;
    }

    private static void delete(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox_event WHERE seq = ANY (?)")) {
            delete.setArray(1, c.createArrayOf("bigint", rows.stream().map(Row::seq).toArray()));
            delete.executeUpdate();
        }
    }

    private CompletableFuture<Void> send(Row row) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        OutgoingCloudEventMetadata<String> ce = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.eventId().toString())
                .withType(row.type())
                .withSource(URI.create(source))
                .withSubject(row.subject())
                .withTimestamp(row.occurredAt())
                .withDataContentType("application/json")
                .withExtension(Events.TENANT_EXTENSION, row.tenant())
                .build();
        Message<String> message = Message.of(row.data())
                .addMetadata(ce)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(row.key()).build())
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private record Row(long seq, UUID eventId, String tenant, String key, String type, String subject,
                       java.time.ZonedDateTime occurredAt, String data) {
    }
}
