package io.coachline.common.events.tracker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.coachline.testsupport.EventSamples;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each tracker.events sample reads into its record with nothing left over and writes back unchanged. */
class TrackerEventSamplesTest {

    static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static Class<?> recordOf(String type) {
        if (ApplicationChanged.TYPES.contains(type)) {
            return ApplicationChanged.class;
        }
        return switch (type) {
            case PersonCreated.TYPE -> PersonCreated.class;
            case AssignmentChanged.TYPE -> AssignmentChanged.class;
            default -> throw new AssertionError("no record for the sample " + type);
        };
    }

    @Test
    void everySampleRoundTripsThroughItsRecord() throws Exception {
        Set<String> seen = new HashSet<>();
        for (String type : EventSamples.types()) {
            if (!type.startsWith("tracker.")) {
                continue;
            }
            JsonNode sample = EventSamples.sample(type);
            Object event = STRICT.treeToValue(sample, recordOf(type));
            assertEquals(sample, STRICT.valueToTree(event), type + " as its record writes back as the sample");
            seen.add(type);
        }
        Set<String> expected = new HashSet<>(ApplicationChanged.TYPES);
        expected.add(PersonCreated.TYPE);
        expected.add(AssignmentChanged.TYPE);
        assertEquals(expected, seen, "one sample per tracker event type");
    }
}
