package io.coachline.testsupport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * The event-consumer benchmark's load (docs/benchmarks.md): what one CSV import of a seeker's log
 * publishes, one {@code tracker.application.created.v1} per application (built from the docs/events
 * sample), and the floor it is compared to: a plain Kafka consumer reading the same records.
 */
public final class ConsumerBench {

    private ConsumerBench() {
    }

    /** Publishes an import of {@code n} APPLIED applications of one seeker to {@code topic}; returns their ids. */
    public static List<UUID> publishImport(String topic, String tenant, UUID seeker, int n) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EventsOnKafka.bootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        List<UUID> ids = new ArrayList<>(n);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                Instant sent = now.minus(5 + i % 20, ChronoUnit.DAYS);
                LocalDate appliedOn = sent.atZone(ZoneOffset.UTC).toLocalDate();
                ObjectNode facts = EventSamples.fields().put("employer", "Employer " + (i % 2_000))
                        .put("position", "Position " + i).put("sector", "PRIVATE").put("stage", "APPLIED")
                        .put("stageSince", sent.toString()).put("appliedOn", appliedOn.toString())
                        .put("createdAt", now.toString()).put("updatedAt", now.toString());
                facts.putArray("stageHistory").addObject().putNull("from").put("to", "APPLIED")
                        .put("at", sent.toString()).put("note", "Imported").put("reopen", false);
                ObjectNode data = EventSamples.application("tracker.application.created.v1", id, seeker, facts);
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, id.toString(), data.toString());
                EventsOnKafka.headers(UUID.randomUUID().toString(), "tracker.application.created.v1", tenant)
                        .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
        return ids;
    }

    /** Seconds a plain consumer (new group, from the start) takes to read {@code expected} records of the topic. */
    public static double rawConsumeSeconds(String topic, long expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EventsOnKafka.bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long read = 0;
            long start = System.nanoTime();
            Instant end = Instant.now().plusSeconds(120);
            while (read < expected && Instant.now().isBefore(end)) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            if (read < expected) {
                throw new AssertionError("read only " + read + " of " + expected + " records of " + topic);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Seconds from {@code startNanos} until {@code count} reaches {@code expected} (polled every 100 ms). */
    public static double secondsUntil(long startNanos, LongSupplier count, long expected, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        long seen = count.getAsLong();
        while (seen < expected && Instant.now().isBefore(end)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            seen = count.getAsLong();
        }
        if (seen < expected) {
            throw new AssertionError("only " + seen + " of " + expected + " done within " + timeout);
        }
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * The whole comparison in one run: an import of {@code baseline} applications consumed one event per
     * transaction (the consumer before batches; smaller, it takes minutes), one of {@code n} in batches, then
     * the raw read of both imports' records; prints {@code BENCH} lines and appends a table row to
     * {@code target/benchmark-consumers.md}. Rates are compared, events per second.
     *
     * @param oneByOne switches the consumer under test to one event per transaction and back
     * @param doneOf   how many of a tenant's applications the consumer has finished (planned, projected)
     */
    public static void compare(String name, String topic, int n, int baseline, Consumer<Boolean> oneByOne,
                               ToLongFunction<String> doneOf) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        double before = timedImport(name, topic, "bench-a-" + suffix, baseline, true, oneByOne, doneOf);
        double after = timedImport(name, topic, "bench-b-" + suffix, n, false, oneByOne, doneOf);
        long records = (long) n + baseline;
        double rawRate = records / rawConsumeSeconds(topic, records);
        double beforeRate = baseline / before;
        double afterRate = n / after;
        String line = String.format(Locale.ROOT,
                "| %s | %,d: %.1f s = **%.0f/s** | %,d: %.1f s = %.0f/s | **%.1f×** | %.0f records/s | %.1f %% |",
                name, n, after, afterRate, baseline, before, beforeRate, afterRate / beforeRate, rawRate,
                100 * afterRate / rawRate);
        System.out.println("BENCH " + line);
        try {
            Path out = Path.of("target", "benchmark-consumers.md");
            Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double timedImport(String name, String topic, String tenant, int n, boolean alone,
                                      Consumer<Boolean> oneByOne, ToLongFunction<String> doneOf) {
        oneByOne.accept(alone);
        try {
            long start = System.nanoTime();
            publishImport(topic, tenant, UUID.randomUUID(), n);
            double published = (System.nanoTime() - start) / 1e9;
            double seconds = secondsUntil(start, () -> doneOf.applyAsLong(tenant), n, Duration.ofMinutes(15));
            System.out.printf(Locale.ROOT, "BENCH %s %s: %d events published in %.2f s, all done after %.2f s = %.0f events/s%n",
                    name, alone ? "one-by-one" : "batch", n, published, seconds, n / seconds);
            return seconds;
        } finally {
            oneByOne.accept(false);
        }
    }

    /** The one number {@code sql} (with the tenant as its parameter) counts. */
    public static long count(DataSource dataSource, String sql, String tenant) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
