package io.coachline.tracker.application;

import io.coachline.testsupport.EventsOnKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.coachline.tracker.application.ApplicationApi.create;
import static io.coachline.tracker.application.ApplicationApi.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Freezes the real broker (SIGSTOP), keeps working, thaws it, and finds every event on the topic
 * exactly once, in commit order per application. The freeze stays shorter than the producer's
 * delivery timeout, as a network blip would.
 */
@QuarkusTest
class OutboxWhileKafkaIsDownTest {

    @Inject
    DataSource dataSource;

    @Test
    void changesMadeWhileKafkaIsBlockedArriveExactlyOnceInOrder() throws Exception {
        ProcessHandle broker = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("kafka.Kafka"))
                .filter(p -> p.info().commandLine().orElse("").contains("test-stack"))
                .findFirst().orElseThrow(() -> new AssertionError("the test stack's Kafka broker is not running"));
        List<String> ids = new ArrayList<>();
        signal(broker, "STOP");
        try {
            for (int i = 0; i < 3; i++) {
                String id = create("fjord-seeker4", "Blocked " + i);
                ids.add(id);
                post("fjord-seeker4", "/api/applications/" + id + "/stage", "{\"stage\":\"INTERVIEW\"}").statusCode(200);
                post("fjord-seeker4", "/api/applications/" + id + "/stage", "{\"stage\":\"ON_HOLD\"}").statusCode(200);
            }
            assertTrue(waitingInOutbox(ids) > 0, "with Kafka blocked the events wait in the outbox");
        } finally {
            signal(broker, "CONT");
        }

        List<EventsOnKafka.Event> events = EventsOnKafka.await("tracker.events", e -> ids.contains(e.key()),
                found -> found.size() >= 9, Duration.ofSeconds(60));
        Map<String, Long> perId = events.stream().collect(Collectors.groupingBy(EventsOnKafka.Event::id, Collectors.counting()));
        assertEquals(9, perId.size(), "every event arrived");
        assertTrue(perId.values().stream().allMatch(n -> n == 1), "each exactly once: " + perId);
        Map<String, List<String>> orderPerApplication = events.stream().collect(Collectors.groupingBy(EventsOnKafka.Event::key,
                Collectors.mapping(e -> e.type() + ":" + stageIn(e.value()), Collectors.toList())));
        for (String id : ids) {
            assertEquals(List.of(ApplicationEvents.CREATED + ":APPLIED", ApplicationEvents.STAGE_CHANGED + ":INTERVIEW",
                    ApplicationEvents.STAGE_CHANGED + ":ON_HOLD"), orderPerApplication.get(id), "in commit order");
        }
        assertEquals(0, waitingInOutbox(ids), "the outbox is empty again");
    }

    private static String stageIn(String json) {
        int at = json.indexOf("\"stage\":\"");
        return json.substring(at + 9, json.indexOf('"', at + 9));
    }

    private long waitingInOutbox(List<String> keys) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE event_key = ANY (?)")) {
            q.setArray(1, c.createArrayOf("text", keys.toArray()));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void signal(ProcessHandle process, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal);
    }

}
