package io.coachline.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The sample event of each type, {@code docs/events/<type>.json}: the one shape the producer's test
 * serialises to and every consumer's fixtures start from, so neither side can drift from the docs.
 */
public final class EventSamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSamples() {
    }

    /** docs/events of this checkout: under {@code coachline.root} (set by the build), else above the module. */
    public static Path dir() {
        String root = System.getProperty("coachline.root");
        if (root != null && Files.isDirectory(Path.of(root, "docs/events"))) {
            return Path.of(root, "docs/events");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("docs/events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/events not found above " + Path.of("").toAbsolutePath());
    }

    /** Every sampled event type. */
    public static List<String> types() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, modifiable copy of the sample's data. */
    public static ObjectNode sample(String type) {
        try {
            JsonNode node = JSON.readTree(dir().resolve(type + ".json").toFile());
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException("no sample for " + type, e);
        }
    }

    /**
     * An event of {@code type} with the sample's data, some fields replaced. A field the sample does not
     * have is refused: a fixture cannot publish what the producer never writes.
     */
    public static ObjectNode event(String type, ObjectNode fields) {
        ObjectNode data = sample(type);
        overlay(type, data, fields);
        return data;
    }

    /**
     * An application event about another application: the sample's shape with no facts of its own (every
     * value null, every list empty) but the ids and {@code facts}, each of which the sample must have.
     */
    public static ObjectNode application(String type, UUID applicationId, UUID seekerId, ObjectNode facts) {
        ObjectNode data = sample(type);
        data.put("applicationId", applicationId.toString());
        data.put("seekerId", seekerId.toString());
        ObjectNode app = (ObjectNode) data.get("application");
        for (var names = app.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (app.get(name).isArray()) {
                app.putArray(name);
            } else {
                app.putNull(name);
            }
        }
        app.put("id", applicationId.toString());
        app.put("seekerId", seekerId.toString());
        overlay(type + " application", app, facts);
        return data;
    }

    /** Fields for {@link #event} and {@link #application}. */
    public static ObjectNode fields() {
        return JSON.createObjectNode();
    }

    private static void overlay(String what, ObjectNode target, ObjectNode fields) {
        for (var it = fields.fields(); it.hasNext(); ) {
            var field = it.next();
            if (!target.has(field.getKey())) {
                throw new IllegalArgumentException(what + " has no field " + field.getKey() + " in docs/events");
            }
            target.set(field.getKey(), field.getValue());
        }
    }
}
