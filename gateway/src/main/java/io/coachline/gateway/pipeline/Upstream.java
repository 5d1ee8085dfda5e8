package io.coachline.gateway.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What one upstream call gave: its JSON, or why there is none. */
record Upstream(int status, JsonNode body, String failure) {

    static final ObjectMapper JSON = new ObjectMapper();

    static Upstream failed(String why) {
        return new Upstream(0, null, why);
    }

    boolean ok() {
        return status >= 200 && status < 300 && body != null;
    }

    /** The service does not know this client (yet): an answer, not an outage. */
    boolean unknown() {
        return status == 404;
    }
}
