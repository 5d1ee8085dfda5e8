package io.coachline.reminder.reminders;

import io.coachline.common.inbox.BatchConsumer;
import io.coachline.testsupport.ConsumerBench;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

/**
 * One import of N applications (default 10,000) on a topic of its own → seconds until every application
 * has its reminders planned, in batches; before it, in the same JVM, an import of 1,000 with one transaction
 * per event (the consumer before batches); the raw Kafka read of the same records is the floor. Tag {@code benchmark}:
 * only {@code bench/consumers.sh} runs it (docs/benchmarks.md).
 */
@QuarkusTest
@TestProfile(ConsumerBenchmark.OwnTopic.class)
@Tag("benchmark")
class ConsumerBenchmark {

    /** One name for the profile and the test, which Quarkus loads in different class loaders: a JVM-wide property. */
    static final String TOPIC = (String) System.getProperties().computeIfAbsent("coachline.bench.topic",
            k -> "bench.tracker.events." + UUID.randomUUID().toString().substring(0, 8));
    static final int N = Integer.getInteger("bench.events", 10_000);
    static final int BASELINE = Integer.getInteger("bench.baseline-events", 1_000);

    public static class OwnTopic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.tracker-events.topic", TOPIC,
                    "mp.messaging.incoming.tracker-events.group.id", "bench-" + TOPIC);
        }
    }

    @Inject
    BatchConsumer batches;

    @Inject
    DataSource dataSource;

    @Test
    void importOfTenThousand() {
        ConsumerBench.compare("reminder-consumer", TOPIC, N, BASELINE, batches::oneByOne, tenant -> ConsumerBench.count(dataSource,
                "SELECT count(DISTINCT application_id) FROM reminder WHERE tenant_id = ?", tenant));
    }
}
