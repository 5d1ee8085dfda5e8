package io.coachline.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.OffsetDateTime;

/**
 * A CloudEvent as a consumer sees it. Anything that is not a well-formed Coachline event
 * (no id, no tenant, data that is not JSON) is a {@link PoisonEvent} and goes to the dead-letter topic.
 */
public record IncomingEvent(String id, String type, String source, String subject, String tenant,
                            OffsetDateTime time, JsonNode data) {

    public static IncomingEvent from(Message<String> message, ObjectMapper json) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<String> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new PoisonEvent("not a CloudEvent"));
        String tenant = ce.<String>getExtension(Events.TENANT_EXTENSION).map(String::valueOf).orElse(null);
        if (ce.getId() == null || ce.getType() == null || tenant == null || tenant.isBlank()) {
            throw new PoisonEvent("a CloudEvent without id, type or " + Events.TENANT_EXTENSION);
        }
        JsonNode data;
        try {
            data = json.readTree(message.getPayload());
        } catch (Exception e) {
            throw new PoisonEvent("data is not JSON");
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEvent("data is not a JSON object");
        }
        OffsetDateTime time = ce.getTimeStamp().map(z -> z.toOffsetDateTime()).orElse(null);
        return new IncomingEvent(ce.getId(), ce.getType(), String.valueOf(ce.getSource()),
                ce.getSubject().orElse(null), tenant, time, data);
    }

    /** A message no retry can fix. */
    public static class PoisonEvent extends RuntimeException {
        public PoisonEvent(String why) {
            super("Poison message: " + why);
        }
    }
}
