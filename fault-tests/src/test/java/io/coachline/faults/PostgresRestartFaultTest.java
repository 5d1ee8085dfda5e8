package io.coachline.faults;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.coachline.faults.Platform.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * PostgreSQL restarted (fast shutdown, held down a few seconds, started again by the supervisor) while seekers keep
 * adding applications: every answer is 201 or 503 problem+json with Retry-After, readiness is DOWN while the database
 * is away, the services recover by themselves, and exactly the answered-201 applications exist. Every other request
 * carries an {@code Idempotency-Key}, so the key's own table is met by the outage too.
 */
class PostgresRestartFaultTest {
    private static final int WRITERS = 4;
    private static final Duration AWAY = Duration.ofSeconds(6);

    @BeforeAll
    static void platform() {
        assumeFalse(Boolean.getBoolean("skipFaultTests"), "fault tests skipped (-DskipFaultTests)");
        Platform.ensureRunning();
    }

    @Test
    void requestsWhileTheDatabaseIsAwayAnswer503AndTheServicesRecoverWithNothingHalfWritten() throws Exception {
        String run = "pg-restart-" + UUID.randomUUID();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        List<UUID> created = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                while (!stop.get()) {
                    int n = sent.incrementAndGet();
                    try {
                        String[] key = n % 2 == 0 ? new String[] {"Idempotency-Key", "\"" + UUID.randomUUID() + "\""} : new String[0];
                        HttpResponse<String> r = Platform.createApplication(Platform.SEEKERS.get(n % Platform.SEEKERS.size()), run + "-" + n, key);
                        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 201) {
                            created.add(Platform.idOf(r));
                        } else if (r.statusCode() != 503
                                || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                                || r.headers().firstValue("Retry-After").isEmpty()) {
                            unexpected.add(r.statusCode() + " " + r.headers().map() + " " + r.body());
                        }
                    } catch (Exception e) {
                        unexpected.add(e.toString());
                    }
                }
            });
        }
        try {
            Thread.sleep(2000);
            STACK.hold("postgres");
            STACK.kill("postgres", "INT"); // fast shutdown: sessions are ended, as in a restart
            int readyWhileAway = Await.until(Duration.ofSeconds(30), () -> readiness("tracker-service"), s -> s == 503,
                    "tracker readiness DOWN while the database is away");
            assertEquals(503, readyWhileAway);
            Thread.sleep(AWAY.toMillis());
            assertEquals(503, readiness("reminder-service"));
            assertEquals(503, readiness("feedback-service"));
        } finally {
            STACK.release("postgres");
        }
        STACK.awaitUp("postgres", Duration.ofMinutes(2));
        int createdBefore = created.size();
        Await.until(Duration.ofMinutes(1), created::size, n -> n > createdBefore + 20, "writes succeeding again");
        stop.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES));
        Platform.log("PostgreSQL restart under load: statuses " + statuses);

        assertEquals(List.of(), unexpected, "only 201 and 503 problem+json with Retry-After");
        assertTrue(statuses.getOrDefault(503, new AtomicInteger()).get() > 0, "some requests met the database away: " + statuses);
        for (String module : List.of("tracker-service", "reminder-service", "reminder-service-2", "feedback-service")) {
            assertEquals(200, Await.until(Duration.ofMinutes(1), () -> readiness(module), s -> s == 200, module + " ready again"));
        }
        // nothing half-written: exactly the applications answered 201 exist
        try (Connection c = Platform.database("tracker");
             PreparedStatement q = c.prepareStatement("select count(*) from application where employer like ?")) {
            q.setString(1, run + "-%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(created.size(), rs.getInt(1), "applications stored vs answered 201");
            }
        }
    }

    static int readiness(String module) throws Exception {
        return Platform.HTTP.send(HttpRequest.newBuilder(URI.create(STACK.url(module) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
