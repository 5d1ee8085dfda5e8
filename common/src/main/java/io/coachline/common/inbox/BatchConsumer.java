package io.coachline.common.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.events.IncomingEvent;
import io.coachline.common.tenancy.TenantScope;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An idempotent consumer for a whole Kafka batch (SmallRye batch mode). The records of one partition are
 * applied in offset order, in runs of one tenant (Hibernate's session has one tenant): one transaction per
 * run, whose event ids are recorded in one statement ({@code INSERT … ON CONFLICT DO NOTHING RETURNING}),
 * so a redelivered batch finds them and changes nothing. A record that is no event goes to the dead-letter
 * topic at once; a run that fails is rolled back and applied again one event per transaction, so only the
 * event that fails goes to the dead-letter topic and the rest of its batch is applied, in order.
 */
@ApplicationScoped
public class BatchConsumer {

    private static final Logger LOG = Logger.getLogger(BatchConsumer.class);

    /** Applies a run of events of one tenant, in order, in the caller's transaction and tenant. */
    public interface Handler extends Consumer<List<IncomingEvent>> {
    }

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    IdempotentConsumer inbox;

    /** The benchmark's baseline: every event in a transaction of its own, as before batches (docs/benchmarks.md). */
    volatile boolean oneByOne;

    public void oneByOne(boolean on) {
        oneByOne = on;
    }

    private record Parsed(KafkaRecord<String, String> record, IncomingEvent event) {
    }

    /**
     * The whole life of one batch: read, apply, ack. {@code concerns} picks the event types this consumer
     * applies; the others are only acknowledged (no transaction, no inbox row).
     */
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch, String consumer,
                                         Predicate<String> concerns, Handler handler) {
        List<CompletionStage<Void>> setAside = new ArrayList<>();
        List<Parsed> run = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) { // by partition, in offset order
            String type = record.getMetadata(IncomingCloudEventMetadata.class).map(ce -> ce.getType()).orElse(null);
            if (type != null && !concerns.test(type)) {
                continue;
            }
            IncomingEvent event;
            try {
                event = IncomingEvent.from(record, json);
            } catch (RuntimeException e) {
                LOG.warnf("%s: a record of %s-%d (key %s) is no event, to the dead-letter topic: %s", consumer,
                        record.getTopic(), record.getPartition(), record.getKey(), e.getMessage());
                setAside.add(record.nack(e));
                continue;
            }
            if (!run.isEmpty() && (oneByOne || !sameRun(run.get(run.size() - 1), record, event))) {
                flush(consumer, run, handler, setAside);
                run = new ArrayList<>();
            }
            run.add(new Parsed(record, event));
        }
        flush(consumer, run, handler, setAside);
        return CompletableFuture.allOf(setAside.stream().map(CompletionStage::toCompletableFuture)
                        .toArray(CompletableFuture[]::new))
                .thenCompose(done -> batch.ack());
    }

    private static boolean sameRun(Parsed last, KafkaRecord<String, String> record, IncomingEvent event) {
        return last.record().getPartition() == record.getPartition() && last.event().tenant().equals(event.tenant());
    }

    private void flush(String consumer, List<Parsed> run, Handler handler, List<CompletionStage<Void>> setAside) {
        if (run.isEmpty()) {
            return;
        }
        List<IncomingEvent> events = run.stream().map(Parsed::event).toList();
        try {
            applyRun(consumer, events, handler); // ArC intercepts self-invocation: a transaction of its own
            return;
        } catch (RuntimeException e) {
            if (run.size() == 1) {
                setAside(consumer, run.get(0), e, setAside);
                return;
            }
            LOG.infof("%s: a batch of %d events failed (%s); applying them one by one", consumer, run.size(), e.toString());
        }
        for (Parsed p : run) {
            try {
                inbox.handle(consumer, p.event(), event -> handler.accept(List.of(event)));
            } catch (RuntimeException e) {
                setAside(consumer, p, e, setAside);
            }
        }
    }

    private static void setAside(String consumer, Parsed p, RuntimeException e, List<CompletionStage<Void>> setAside) {
        LOG.warnf("%s could not apply event %s (%s), to the dead-letter topic: %s", consumer, p.event().id(),
                p.event().type(), e.toString());
        setAside.add(p.record().nack(e));
    }

    /** One run in one transaction: the events not seen before, each once, in order. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyRun(String consumer, List<IncomingEvent> events, Handler handler) {
        Set<String> fresh = firstDeliveries(consumer, events);
        List<IncomingEvent> apply = new ArrayList<>(fresh.size());
        for (IncomingEvent e : events) {
            if (fresh.remove(e.id())) { // a repeat inside the batch, too, is applied once
                apply.add(e);
            }
        }
        if (!apply.isEmpty()) {
            TenantScope.run(apply.get(0).tenant(), () -> handler.accept(apply));
        }
    }

    /** Records the run's event ids in one statement; returns those this consumer had not processed yet. */
    Set<String> firstDeliveries(String consumer, List<IncomingEvent> events) {
        String[] ids = new String[events.size()];
        String[] tenants = new String[events.size()];
        String[] types = new String[events.size()];
        for (int i = 0; i < ids.length; i++) {
            IncomingEvent e = events.get(i);
            ids[i] = e.id();
            tenants[i] = e.tenant();
            types[i] = e.type();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO processed_event (consumer, event_id, tenant_id, event_type) "
                             + "SELECT ?, e.id, e.tenant, e.type FROM unnest(?, ?, ?) AS e(id, tenant, type) "
                             + "ON CONFLICT DO NOTHING RETURNING event_id")) {
            Array idArray = c.createArrayOf("text", ids);
            Array tenantArray = c.createArrayOf("text", tenants);
            Array typeArray = c.createArrayOf("text", types);
            insert.setString(1, consumer);
            insert.setArray(2, idArray);
            insert.setArray(3, tenantArray);
            insert.setArray(4, typeArray);
            Set<String> fresh = new HashSet<>();
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getString(1));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + ids.length + " processed events of " + consumer, e);
        }
    }
}
