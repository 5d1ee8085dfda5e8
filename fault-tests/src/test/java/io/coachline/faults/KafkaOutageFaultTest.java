package io.coachline.faults;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.coachline.faults.Platform.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The broker killed (SIGKILL, not paused) and kept away while seekers add applications through the API: every write
 * succeeds (the outbox keeps the events), and once the broker is back every event reaches every consumer
 * (reminder-service's two replicas and feedback-service), every reminder is planned, nothing is doubled.
 * Default: 500 changes, 12 s away; {@code -Pfaults}: 10,000 changes, 60 s away.
 */
class KafkaOutageFaultTest {
    private static final int CHANGES = Platform.LONG ? 10_000 : 500;
    private static final Duration AWAY = Duration.ofSeconds(Platform.LONG ? 60 : 12);
    private static final int WRITERS = 6;

    @BeforeAll
    static void platform() {
        assumeFalse(Boolean.getBoolean("skipFaultTests"), "fault tests skipped (-DskipFaultTests)");
        Platform.ensureRunning();
    }

    @Test
    void everyWriteSucceedsAndEveryEventArrivesOnceAfterTheBrokerReturns() throws Exception {
        // a control application with the broker up: how many reminders a new application gets
        HttpResponse<String> control = Platform.createApplication(Platform.SEEKERS.get(0), "Kafka control");
        assertEquals(201, control.statusCode(), control.body());
        UUID controlId = Platform.idOf(control);
        int perApplication = Await.until(Duration.ofMinutes(2), () -> reminders(List.of(controlId)).getOrDefault(controlId, 0),
                n -> n > 0, "the control application's reminders");

        int restarts = STACK.restarts("kafka");
        String run = "kafka-outage-" + UUID.randomUUID();
        List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        STACK.hold("kafka");
        STACK.kill("kafka", "KILL");
        long writesTook;
        try {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int n = writer; n < CHANGES; n += WRITERS) {
                        try {
                            HttpResponse<String> r = Platform.createApplication(Platform.SEEKERS.get(n % Platform.SEEKERS.size()), run + "-" + n);
                            if (r.statusCode() == 201) {
                                ids.add(Platform.idOf(r));
                            } else {
                                failures.add(r.statusCode() + " " + r.body());
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            writers.shutdown();
            writesTook = System.nanoTime() - began;
            long left = AWAY.toNanos() - writesTook;
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
            assertEquals("held", STACK.current().getProperty("kafka.state"), "the broker stayed away during the writes");
        } finally {
            STACK.release("kafka");
        }
        long away = System.nanoTime() - began;
        STACK.awaitUp("kafka", Duration.ofMinutes(2));
        assertEquals(List.of(), failures, "every write while the broker was away");
        assertEquals(CHANGES, ids.size());
        assertEquals(restarts + 1, STACK.restarts("kafka"));

        long back = System.nanoTime();
        Duration catchUp = Duration.ofMinutes(Platform.LONG ? 20 : 4);
        Await.until(catchUp, () -> count("reminder", "select count(*) from application_copy where id = any(?)", ids),
                n -> n == CHANGES, "reminder-service's copies");
        Await.until(catchUp, () -> count("feedback", "select count(*) from application where id = any(?)", ids),
                n -> n == CHANGES, "feedback-service's copies");
        Map<UUID, Integer> planned = Await.until(catchUp, () -> reminders(ids), m -> m.size() == CHANGES,
                "reminders of every application");
        Duration delivered = Duration.ofNanos(System.nanoTime() - back);
        Platform.log(String.format("Kafka away %.1f s; %d writes in %.1f s (%.0f/s), all 201; every event consumed %.1f s after the broker returned",
                away / 1e9, CHANGES, writesTook / 1e9, CHANGES / (writesTook / 1e9), delivered.toMillis() / 1e3));
        // nothing doubled: each application has exactly the control's number of reminders, and the outbox is empty
        Map<Integer, Integer> histogram = new HashMap<>();
        planned.values().forEach(n -> histogram.merge(n, 1, Integer::sum));
        assertEquals(Map.of(perApplication, CHANGES), histogram, "reminders per application");
        Await.until(Duration.ofMinutes(1), () -> count("tracker", "select count(*) from outbox_event where array_length(?, 1) > 0", ids),
                n -> n == 0, "the tracker's outbox drained");
    }

    static int count(String database, String sql, List<UUID> ids) throws Exception {
        try (Connection c = Platform.database(database); PreparedStatement q = c.prepareStatement(sql)) {
            q.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static Map<UUID, Integer> reminders(List<UUID> ids) throws Exception {
        Map<UUID, Integer> counts = new HashMap<>();
        try (Connection c = Platform.database("reminder");
             PreparedStatement q = c.prepareStatement(
                     "select application_id, count(*) from reminder where application_id = any(?) group by application_id")) {
            q.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }
            }
        }
        return counts;
    }
}
