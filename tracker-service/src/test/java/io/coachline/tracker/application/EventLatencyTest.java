package io.coachline.tracker.application;

import io.coachline.testsupport.EventsOnKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.coachline.tracker.application.ApplicationApi.create;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures how long an event waits between its commit (the outbox row's time, {@code ce_time})
 * and Kafka (the record's timestamp, set when the relay sends it). A figure, not a timed
 * assertion: it goes to the log and docs/benchmarks.md.
 */
@QuarkusTest
class EventLatencyTest {

    @Test
    void everyEventReachesTheTopicAndTheLatencyIsReported() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(create("nordlys-seeker2", "Latency " + i));
            Thread.sleep(25); // spaced like people clicking, so each commit wakes the relay on its own
        }
        List<EventsOnKafka.Event> events = EventsOnKafka.await("tracker.events", e -> ids.contains(e.key()),
                found -> found.size() >= ids.size(), Duration.ofSeconds(30));
        assertEquals(ids.size(), events.size(), "every event arrived");
        long[] ms = events.stream()
                .mapToLong(e -> e.timestamp() - OffsetDateTime.parse(e.ce().get("time")).toInstant().toEpochMilli())
                .sorted().toArray();
        System.out.printf("BENCH event-latency commit->topic n=%d p50=%dms p95=%dms max=%dms%n",
                ms.length, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]);
    }
}
