package io.coachline.stack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The platform's own Quarkus services, each a child JVM from its {@code target/quarkus-app}. */
final class Services {
    /** module, port variable, default port, database (null: none). In start order; the gateway last. */
    record Spec(String module, String portEnv, int defaultPort, String database) {
    }

    static final List<Spec> ALL = List.of(
            new Spec("tracker-service", "COACHLINE_TRACKER_PORT", 8081, "tracker"),
            new Spec("reminder-service", "COACHLINE_REMINDER_PORT", 8082, "reminder"),
            new Spec("feedback-service", "COACHLINE_FEEDBACK_PORT", 8083, "feedback"),
            new Spec("gateway", "COACHLINE_GATEWAY_PORT", 8080, null));

    /** {@code name}: the module, or {@code <module>-<n>} for the n-th extra replica. */
    record Running(String name, Spec spec, int port, Child child) {
        String url() {
            return "http://localhost:" + port;
        }
    }

    final List<Running> running = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<String> failed = new ArrayList<>();

    void start(Path root, Path stateDir, Ports ports, Map<String, String> infra, LocalStackMain supervisor) throws Exception {
        Map<Spec, Integer> portOf = new LinkedHashMap<>();
        for (Spec spec : ALL) {
            portOf.put(spec, ports.choose(spec.portEnv(), spec.defaultPort()));
        }
        Map<String, String> common = new LinkedHashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", infra.get("kafka.bootstrap"));
        common.put("COACHLINE_KEYCLOAK_URL", infra.get("keycloak.url"));
        common.put("COACHLINE_GATEWAY_CLIENT_SECRET", infra.get("gateway.client.secret"));
        common.put("COACHLINE_ADMIN_CLIENT_SECRET", infra.get("admin.client.secret"));
        // the keys that sign calendar feed and unsubscribe addresses: generated per stack, never in the code
        common.put("COACHLINE_CALENDAR_FEED_KEY", infra.get("calendar.feed.key"));
        common.put("COACHLINE_MAIL_UNSUBSCRIBE_KEY", infra.get("mail.unsubscribe.key"));
        common.put("QUARKUS_MAILER_HOST", "localhost");
        common.put("QUARKUS_MAILER_PORT", infra.get("smtp.port"));
        common.put("COACHLINE_TRACKER_URL", "http://localhost:" + portOf.get(ALL.get(0)));
        common.put("COACHLINE_REMINDER_URL", "http://localhost:" + portOf.get(ALL.get(1)));
        common.put("COACHLINE_FEEDBACK_URL", "http://localhost:" + portOf.get(ALL.get(2)));
        common.put("COACHLINE_DEMO_SEED", "true");
        // the calendar feed URLs reminder-service hands out point at the gateway, the only public door
        common.put("COACHLINE_CALENDAR_BASE_URL", "http://localhost:" + portOf.get(ALL.get(3)));

        for (Spec spec : ALL) {
            startReplicas(spec, portOf.get(spec), root, stateDir, ports, infra, common, supervisor);
        }
        // all started in parallel; now wait for each
        for (Running service : List.copyOf(running)) {
            long start = System.nanoTime();
            supervisor.status("starting", service.name());
            if (waitReady(service, 180)) {
                Log.info("%s ready at %s (%s after the wait began)", service.name(), service.url(), Log.seconds(start));
            } else {
                failed.add(service.name());
                Log.error("%s did not become ready: see %s\n%s", service.name(), service.child().logFile,
                        service.child().tail(25));
            }
        }
    }

    /**
     * The module's process, and more of them when {@code COACHLINE_<SERVICE>_REPLICAS} (e.g.
     * {@code COACHLINE_REMINDER_REPLICAS=2}) asks: same database and consumer groups, each on its own free port.
     */
    private void startReplicas(Spec spec, int firstPort, Path root, Path stateDir, Ports ports, Map<String, String> infra,
                               Map<String, String> common, LocalStackMain supervisor) throws Exception {
        Path jar = root.resolve(spec.module()).resolve("target/quarkus-app/quarkus-run.jar");
        String replicasEnv = spec.portEnv().replace("_PORT", "_REPLICAS");
        String wanted = System.getenv(replicasEnv);
        int replicas = wanted == null || wanted.isBlank() ? 1 : Integer.parseInt(wanted.trim());
        for (int n = 1; n <= replicas; n++) {
            String name = n == 1 ? spec.module() : spec.module() + "-" + n;
            int port = n == 1 ? firstPort : ports.any();
            if (!Files.exists(jar)) {
                Log.info("SKIPPED %s: %s does not exist (build it with ./mvnw -pl %s package)", spec.module(),
                        root.relativize(jar), spec.module());
                skipped.add(spec.module());
                return;
            }
            Map<String, String> env = new LinkedHashMap<>(common);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            if (spec.database() != null) {
                env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + infra.get("pg.host") + ":"
                        + infra.get("pg.port") + "/" + spec.database());
                env.put("QUARKUS_DATASOURCE_USERNAME", infra.get("pg.user"));
                env.put("QUARKUS_DATASOURCE_PASSWORD", infra.get("pg.password"));
            }
            List<String> command = List.of(LocalStackMain.javaBinary(), "-Xmx384m", "-jar", jar.toString());
            Child child = supervisor.register(Child.start(name, command, jar.getParent(), env,
                    stateDir.resolve("logs/" + name + ".log")));
            running.add(new Running(name, spec, port, child));
        }
    }

    private static boolean waitReady(Running service, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!service.child().alive()) {
                Log.error("%s exited with %d", service.name(), service.child().process.exitValue());
                return false;
            }
            if (answers(service.url())) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    static boolean answers(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return Keycloak.HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
