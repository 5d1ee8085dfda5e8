package io.coachline.gateway.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The coach's pipeline view, composed from the three services with the caller's own token (each service authorises
 * the caller again): the caseload and its stage counts from the tracker, then per client, in parallel, its reminders
 * (reminder service) and feedback entries (feedback service). A service that fails leaves its numbers {@code null}
 * and marks the page {@code partial}; only the tracker's caseload is indispensable.
 */
@ApplicationScoped
public class Pipelines {

    private static final Logger LOG = Logger.getLogger(Pipelines.class);

    @ConfigProperty(name = "coachline.pipeline.tracker-url")
    URI tracker;

    @ConfigProperty(name = "coachline.pipeline.reminder-url")
    URI reminder;

    @ConfigProperty(name = "coachline.pipeline.feedback-url")
    URI feedback;

    @ConfigProperty(name = "coachline.pipeline.timeout", defaultValue = "PT10S")
    Duration timeout;

    @ConfigProperty(name = "coachline.pipeline.parallel-calls", defaultValue = "8")
    int parallelCalls;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile ExecutorService pool;

    public ClientPipeline.Page compose(String accessToken) {
        Upstream clients = get(tracker, "/api/clients", accessToken);
        if (clients.status() == 401 || clients.status() == 403) {
            throw new ProblemException(Problem.of(clients.status(), clients.status() == 401 ? "unauthorized" : "forbidden",
                    clients.status() == 401 ? "Unauthorized" : "Forbidden",
                    clients.status() == 401 ? "A valid token is required." : "Only coaches and admins see client pipelines."));
        }
        if (!clients.ok()) {
            LOG.warnf("pipelines: the tracker did not answer the caseload (%s)", describe(clients));
            return new ClientPipeline.Page(List.of(), true, List.of("tracker"));
        }
        List<JsonNode> seekers = new ArrayList<>();
        clients.body().path("items").forEach(seekers::add);

        Map<String, CompletableFuture<Upstream>> reminders = new LinkedHashMap<>();
        Map<String, CompletableFuture<Upstream>> feedbacks = new LinkedHashMap<>();
        for (JsonNode seeker : seekers) {
            String id = seeker.path("id").asText();
            String q = URLEncoder.encode(id, StandardCharsets.UTF_8);
            reminders.put(id, CompletableFuture.supplyAsync(
                    () -> get(reminder, "/api/clients/" + q + "/reminders?limit=500", accessToken), pool()));
            feedbacks.put(id, CompletableFuture.supplyAsync(
                    () -> get(feedback, "/api/feedback?seekerId=" + q, accessToken), pool()));
        }
        CompletableFuture.allOf(concat(reminders, feedbacks)).join();

        TreeSet<String> unavailable = new TreeSet<>();
        List<ClientPipeline> items = new ArrayList<>();
        for (JsonNode seeker : seekers) {
            String id = seeker.path("id").asText();
            Upstream r = reminders.get(id).join();
            Upstream f = feedbacks.get(id).join();
            Integer overdue = null;
            Integer due = null;
            String nextDue = null;
            if (r.ok() || r.unknown()) {
                int o = 0;
                int d = 0;
                Optional<LocalDate> next = Optional.empty();
                for (JsonNode item : r.ok() ? r.body().path("items") : Upstream.JSON.createArrayNode()) {
                    String status = item.path("status").asText();
                    boolean open = status.equals("DUE") || status.equals("SCHEDULED") || status.equals("SNOOZED");
                    if (open && item.path("overdue").asBoolean(false)) {
                        o++;
                    }
                    if (status.equals("DUE")) {
                        d++;
                    }
                    if (open) {
                        LocalDate day = date(item.hasNonNull("snoozedUntil") && status.equals("SNOOZED")
                                ? item.path("snoozedUntil").asText() : item.path("dueOn").asText());
                        if (day != null && (next.isEmpty() || day.isBefore(next.get()))) {
                            next = Optional.of(day);
                        }
                    }
                }
                overdue = o;
                due = d;
                nextDue = next.map(LocalDate::toString).orElse(null);
            } else {
                unavailable.add("reminder");
                LOG.debugf("pipelines: reminders of %s unavailable (%s)", id, describe(r));
            }
            ClientPipeline.LastFeedback last = null;
            if (f.ok()) {
                last = newest(f.body().path("items"));
            } else if (!f.unknown()) {
                unavailable.add("feedback");
                LOG.debugf("pipelines: feedback of %s unavailable (%s)", id, describe(f));
            }
            String lastActivity = latest(text(seeker, "lastActivityAt"), last == null ? null : last.createdAt());
            items.add(new ClientPipeline(uuid(text(seeker, "id")), text(seeker, "displayName"), text(seeker, "email"),
                    uuid(text(seeker, "coachId")), counts(seeker.path("stageCounts")),
                    seeker.hasNonNull("activeApplications") ? seeker.path("activeApplications").asLong() : null,
                    overdue, due, nextDue, lastActivity, last));
        }
        if (!unavailable.isEmpty()) {
            LOG.warnf("pipelines: answered partially, %s did not answer", unavailable);
        }
        return new ClientPipeline.Page(items, !unavailable.isEmpty(), List.copyOf(unavailable));
    }

    Upstream get(URI base, String pathAndQuery, String accessToken) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout)
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Accept", "application/json")
                    .GET().build();
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = null;
            if (answer.statusCode() >= 200 && answer.statusCode() < 300) {
                body = Upstream.JSON.readTree(answer.body());
            }
            return new Upstream(answer.statusCode(), body, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Upstream.failed("interrupted");
        } catch (Exception e) {
            return Upstream.failed(e.toString());
        }
    }

    static ClientPipeline.LastFeedback newest(JsonNode entries) {
        JsonNode newest = null;
        OffsetDateTime newestAt = null;
        for (JsonNode e : entries) {
            OffsetDateTime at = instant(text(e, "createdAt"));
            if (newest == null || (at != null && (newestAt == null || at.isAfter(newestAt)))) {
                newest = e;
                newestAt = at;
            }
        }
        if (newest == null) {
            return null;
        }
        return new ClientPipeline.LastFeedback(uuid(text(newest, "id")), uuid(text(newest, "applicationId")),
                text(newest, "outcome"), text(newest, "stageReached"), text(newest, "rejectionReason"),
                text(newest, "createdAt"));
    }

    static String latest(String a, String b) {
        OffsetDateTime x = instant(a);
        OffsetDateTime y = instant(b);
        if (x == null) {
            return y == null ? null : b;
        }
        return y != null && y.isAfter(x) ? b : a;
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new TreeMap<>();
        node.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime instant(String s) {
        try {
            return s == null || s.isBlank() ? null : OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String describe(Upstream u) {
        return u.failure() != null ? u.failure() : "HTTP " + u.status();
    }

    @SafeVarargs
    private static CompletableFuture<?>[] concat(Map<String, CompletableFuture<Upstream>>... maps) {
        List<CompletableFuture<Upstream>> all = new ArrayList<>();
        for (Map<String, CompletableFuture<Upstream>> m : maps) {
            all.addAll(m.values());
        }
        return all.toArray(CompletableFuture[]::new);
    }

    private ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (this) {
                if (pool == null) {
                    AtomicInteger n = new AtomicInteger();
                    pool = Executors.newFixedThreadPool(Math.max(1, parallelCalls), r -> {
                        Thread t = new Thread(r, "pipeline-call-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                }
                p = pool;
            }
        }
        return p;
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
