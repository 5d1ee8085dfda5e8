package io.coachline.common.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A body over {@code quarkus.http.limits.max-body-size} answers 413 as problem+json with the limit
 * in the detail. Quarkus refuses such a request itself (route order -2) with an empty 413; this
 * runs just before it, on the declared {@code Content-Length}, and drains what the client still
 * sends so that it reads the answer. A chunked body that grows past the
 * limit is stopped by Quarkus while reading and answered by {@link ProblemMappers#web}.
 */
@ApplicationScoped
public class BodyLimit {

    /** Quarkus's own default when the property is not set. */
    static final long DEFAULT = 10L * 1024 * 1024;
    /** Up to this many times the limit is read and dropped before answering; more is answered at once. */
    static final long DRAIN_FACTOR = 4;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long limit = configured();
        router.route().order(-3).handler(rc -> refuseIfTooLarge(rc, limit));
    }

    static long configured() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(DEFAULT);
    }

    private void refuseIfTooLarge(RoutingContext rc, long limit) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1; // left to the HTTP codec, which refuses it
        }
        if (declared <= limit) {
            rc.next();
            return;
        }
        Problem p = tooLarge(limit).withInstance(rc.request().path());
        String body;
        try {
            body = json.writeValueAsString(p);
        } catch (Exception e) {
            body = "{\"status\":413}";
        }
        String answer = body;
        if (rc.request().isEnded()) {
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(answer);
            return;
        }
        if (declared > DRAIN_FACTOR * limit) {
            // far too large to read: answer at once and close, as Quarkus itself does
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(answer);
            return;
        }
        // Read the rest and drop it, then answer: a client still sending would otherwise see a reset connection, not the 413.
        rc.request().handler(ignored -> { });
        rc.request().endHandler(ignored -> rc.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(answer));
        rc.request().resume();
    }

    public static Problem tooLarge(long limit) {
        return Problem.of(413, "payload-too-large", "Payload too large",
                "The request body is larger than the limit of " + limit + " bytes (" + human(limit) + ").")
                .with("maxBodySize", limit);
    }

    static String human(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
