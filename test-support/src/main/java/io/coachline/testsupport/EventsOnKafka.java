package io.coachline.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/** Plain kafka-clients access to the real broker: what tests publish and what they read back. */
public final class EventsOnKafka {

    /** A record as read from a topic, with its CloudEvent headers ({@code ce_type} → {@code type}). */
    public record Event(String topic, int partition, long offset, String key, Map<String, String> ce, String value,
                        long timestamp) {
        public String id() {
            return ce.get("id");
        }

        public String type() {
            return ce.get("type");
        }

        public String tenant() {
            return ce.get("tenantid");
        }
    }

    private EventsOnKafka() {
    }

    public static String bootstrap() {
        return LocalStack.ensureRunning().kafkaBootstrap();
    }

    /** Publishes a CloudEvent in binary mode, the way the services' outbox relays do. */
    public static void publish(String topic, String key, String id, String type, String tenant, String json) {
        publishRaw(topic, key, headers(id, type, tenant), json);
    }

    /** The binary-mode CloudEvent headers of an event; a null tenant or type leaves that header out. */
    static Map<String, String> headers(String id, String type, String tenant) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        if (type != null) {
            headers.put("ce_type", type);
        }
        headers.put("ce_source", "/coachline/tests");
        headers.put("ce_time", Instant.now().toString());
        headers.put("content-type", "application/json");
        if (tenant != null) {
            headers.put("ce_tenantid", tenant);
        }
        return headers;
    }

    /** A CloudEvent to publish with others ({@link #publishTogether}); a null tenant or type leaves that header out. */
    public record Outgoing(String key, String id, String type, String tenant, String json) {
    }

    /**
     * Publishes the events through one producer and flushes once: on one key they land in one partition
     * together, so a consumer in batch mode reads them in one batch (unless it was already polling).
     */
    public static void publishTogether(String topic, List<Outgoing> events) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "200");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (Outgoing e : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, e.key(), e.json());
                headers(e.id(), e.type(), e.tenant()).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
    }

    public static void publishRaw(String topic, String key, Map<String, String> headers, String value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /**
     * Reads the topic from the beginning until {@code done} holds for what was read matching
     * {@code filter}, or the timeout passes; returns the matching events in topic order per partition.
     */
    public static List<Event> await(String topic, Predicate<Event> filter, Predicate<List<Event>> done, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            Instant end = Instant.now().plus(timeout);
            while (Instant.now().isBefore(end)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    Map<String, String> ce = new HashMap<>();
                    for (Header h : r.headers()) {
                        String name = h.key();
                        String value = h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
                        ce.put(name.startsWith("ce_") ? name.substring(3) : name, value);
                    }
                    Event e = new Event(r.topic(), r.partition(), r.offset(), r.key(), ce, r.value(), r.timestamp());
                    if (filter.test(e)) {
                        found.add(e);
                    }
                }
                if (done.test(found)) {
                    return found;
                }
            }
        }
        return found;
    }

    /** The current end offsets of a topic, to read only what comes after. */
    public static Map<TopicPartition, Long> endOffsets(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            return consumer.endOffsets(partitions);
        }
    }
}
