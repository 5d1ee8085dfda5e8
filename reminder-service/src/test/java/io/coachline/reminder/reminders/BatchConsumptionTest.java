package io.coachline.reminder.reminders;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.tenancy.TenantScope;
import io.coachline.testsupport.EventSamples;
import io.coachline.testsupport.EventsOnKafka;
import io.coachline.testsupport.EventsOnKafka.Outgoing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The batch consumer of tracker.events over the real broker: order per key, a poison record alone, redelivery. */
@QuarkusTest
class BatchConsumptionTest {

    static final String TENANT = "fjord";
    static final String TYPE = "tracker.application.created.v1";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    static String data(UUID app, UUID seeker, String position, Instant updatedAt) {
        Instant sent = updatedAt.minus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return EventSamples.application(TYPE, app, seeker, EventSamples.fields().put("employer", "Batch " + app)
                .put("position", position).put("stage", "APPLIED").put("stageSince", sent.toString())
                .put("appliedOn", sent.toString().substring(0, 10)).put("createdAt", sent.toString())
                .put("updatedAt", updatedAt.toString())).toString();
    }

    long processed(List<String> eventIds) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE consumer = 'reminder.people' AND event_id = ANY (?)")) {
            q.setArray(1, c.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitProcessed(List<String> eventIds) {
        assertNotNull(Fixtures.eventually(() -> processed(eventIds) == eventIds.size() ? Boolean.TRUE : null),
                "all " + eventIds.size() + " events processed");
    }

    static String position(UUID app) {
        return TenantScope.call(TENANT, () -> QuarkusTransaction.requiringNew().call(() -> {
            ApplicationCopy copy = ApplicationCopy.findById(app);
            try {
                return copy == null ? null : JSON.readTree(copy.data).path("position").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    static Map<String, List<String>> remindersOf(UUID app) {
        return Fixtures.remindersOf(TENANT, app).stream()
                .collect(Collectors.groupingBy(r -> r.planKey, Collectors.mapping(r -> r.status.name(), Collectors.toList())));
    }

    @Test
    void theLastEventOfEachKeyWinsWhateverTheBatches() {
        UUID seeker = Fixtures.fjordSeeker(6);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Instant same = Instant.now().truncatedTo(ChronoUnit.MILLIS); // equal updatedAt: only the order decides
        List<Outgoing> events = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            events.add(new Outgoing(a.toString(), UUID.randomUUID().toString(), TYPE, TENANT, data(a, seeker, "A" + i, same)));
            events.add(new Outgoing(b.toString(), UUID.randomUUID().toString(), TYPE, TENANT, data(b, seeker, "B" + i, same)));
        }
        EventsOnKafka.publishTogether("tracker.events", events);

        awaitProcessed(events.stream().map(Outgoing::id).toList());
        assertEquals("A25", position(a), "key a: its last event is the copy");
        assertEquals("B25", position(b), "key b: its last event is the copy");
    }

    @Test
    void aPoisonEventInABatchGoesToTheDeadLetterTopicAloneAndTheRestIsApplied() {
        UUID seeker = Fixtures.fjordSeeker(6);
        String key = "batch-" + UUID.randomUUID(); // one key: one partition, one batch
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Outgoing> events = new ArrayList<>();
        List<UUID> good = new ArrayList<>();
        String poison = UUID.randomUUID().toString();
        for (int i = 0; i < 6; i++) {
            UUID app = UUID.randomUUID();
            good.add(app);
            events.add(new Outgoing(key, UUID.randomUUID().toString(), TYPE, TENANT, data(app, seeker, "P" + i, now)));
            if (i == 2) { // well-formed CloudEvent and JSON, but the planner cannot take it: no seeker id
                events.add(new Outgoing(key, poison, TYPE, TENANT,
                        data(UUID.randomUUID(), seeker, "poison", now).replace("\"seekerId\":\"" + seeker + "\"", "\"seekerId\":\"nobody\"")));
            }
        }
        EventsOnKafka.publishTogether("tracker.events", events);

        awaitProcessed(events.stream().map(Outgoing::id).filter(id -> !id.equals(poison)).toList());
        for (UUID app : good) {
            assertFalse(remindersOf(app).isEmpty(), "the rest of the batch is planned: " + app);
        }
        var dead = EventsOnKafka.await("reminder-service.dlq", e -> key.equals(e.key()), found -> found.size() > 1,
                Duration.ofSeconds(10));
        assertEquals(List.of(poison), dead.stream().map(EventsOnKafka.Event::id).toList(), "the poison event alone");
        assertEquals(0, processed(List.of(poison)), "and it left no mark");
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        UUID seeker = Fixtures.fjordSeeker(6);
        String key = "again-" + UUID.randomUUID();
        Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<UUID> apps = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Outgoing> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID app = UUID.randomUUID();
            apps.add(app);
            ids.add(UUID.randomUUID().toString());
            batch.add(new Outgoing(key, ids.get(i), TYPE, TENANT, data(app, seeker, "R" + i, first)));
        }
        EventsOnKafka.publishTogether("tracker.events", batch);
        awaitProcessed(ids);
        Map<UUID, Map<String, List<String>>> before = new java.util.HashMap<>();
        apps.forEach(app -> before.put(app, remindersOf(app)));

        // The same events again (a redelivery after a crash before the commit of the offsets), with other data
        // that would show if they were applied, and one new event after them on the same key.
        List<Outgoing> again = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            again.add(new Outgoing(key, ids.get(i), TYPE, TENANT, data(apps.get(i), seeker, "changed", first.plusSeconds(60))));
        }
        UUID marker = UUID.randomUUID();
        String markerId = UUID.randomUUID().toString();
        again.add(new Outgoing(key, markerId, TYPE, TENANT, data(marker, seeker, "marker", first)));
        EventsOnKafka.publishTogether("tracker.events", again);
        awaitProcessed(List.of(markerId));

        for (int i = 0; i < 8; i++) {
            assertEquals("R" + i, position(apps.get(i)), "a redelivered event is not applied again");
            assertEquals(before.get(apps.get(i)), remindersOf(apps.get(i)), "its reminders are as they were");
        }
        assertEquals("marker", position(marker), "the event after them was applied");
    }
}
