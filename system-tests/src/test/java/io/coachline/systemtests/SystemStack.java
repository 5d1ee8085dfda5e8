package io.coachline.systemtests;

import static io.coachline.testsupport.StackProcess.*;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The whole platform (PostgreSQL, Kafka, Keycloak, SMTP and the four services from their built
 * {@code target/quarkus-app}) started once for the system tests in {@code <repo>/target/system-stack}, on free ports,
 * with a lease: a daemon thread touches {@code lease} every 5 s and the supervisor stops everything
 * {@link #LEASE_SECONDS} after the last test JVM. The approach is test-support's {@code LocalStack}, plus
 * {@code --services}, its own state folder (so it never meets the infrastructure-only test stack) and a restart when a
 * service jar is newer than the running stack.
 */
final class SystemStack {
    static final long LEASE_SECONDS = 90;
    static final List<String> SERVICES = List.of("tracker-service", "reminder-service", "feedback-service", "gateway");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Properties state;

    private SystemStack() {
    }

    static synchronized Properties ensureRunning() {
        if (state != null) {
            return state;
        }
        Path root = root();
        Path dir = root.resolve("target/system-stack");
        try {
            Files.createDirectories(dir.resolve("logs"));
            try (FileChannel channel = FileChannel.open(dir.resolve("launch.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                touch(dir.resolve("lease"));
                state = reuseOrStart(root, dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        renewLease(dir.resolve("lease"));
        return state;
    }

    static String gatewayUrl() {
        return url("gateway");
    }

    static String url(String module) {
        return ensureRunning().getProperty(module + ".url");
    }

    static String keycloakUrl() {
        return ensureRunning().getProperty("keycloak.url");
    }

    static Path root() {
        String property = System.getProperty("coachline.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "deploy/local-stack"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/local-stack"))) {
                return p.normalize();
            }
        }
        throw new IllegalStateException("cannot find the repository root (set -Dcoachline.root)");
    }

    private static Properties reuseOrStart(Path root, Path dir) throws IOException {
        for (String module : SERVICES) {
            if (!Files.exists(jar(root, module))) {
                throw new IllegalStateException(jar(root, module) + " is not built: run ./mvnw verify from the root "
                        + "(or ./mvnw -pl " + module + " package -DskipTests first)");
            }
        }
        Properties current = read(dir.resolve("state.properties"));
        Optional<ProcessHandle> supervisor = supervisor(current);
        if (supervisor.isPresent()) {
            String status = current.getProperty("status", "");
            if ("starting".equals(status)) {
                log("the system stack is starting in " + dir + ", waiting for it");
                Properties ready = waitReady(dir, supervisor.get());
                if (upToDate(root, supervisor.get())) {
                    return ready;
                }
            } else if ("ready".equals(status) && allAnswer(current) && upToDate(root, supervisor.get())) {
                log("reusing the system stack in " + dir);
                return current;
            }
            log("the system stack in " + dir + " is stale or does not answer (status " + status + "): restarting it");
            stop(supervisor.get());
        }
        return start(root, dir);
    }

    /** Every service jar is older than the running supervisor: it runs what was built. */
    private static boolean upToDate(Path root, ProcessHandle supervisor) throws IOException {
        Optional<Instant> started = supervisor.info().startInstant();
        if (started.isEmpty()) {
            return false;
        }
        for (String module : SERVICES) {
            if (Files.getLastModifiedTime(jar(root, module)).toInstant().isAfter(started.get())
                    || Files.getLastModifiedTime(jar(root, module).getParent().resolve("app")).toInstant().isAfter(started.get())) {
                log(module + " was rebuilt after the running system stack started");
                return false;
            }
        }
        return true;
    }

    private static Path jar(Path root, String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Properties start(Path root, Path dir) throws IOException {
        Path stack = root.resolve("deploy/local-stack/target");
        if (!Files.isDirectory(stack.resolve("classes/io/coachline/stack")) || !Files.isDirectory(stack.resolve("lib"))) {
            throw new IllegalStateException("the local stack launcher is not built: ./mvnw -pl deploy/local-stack process-classes");
        }
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", stack.resolve("classes") + File.pathSeparator + stack.resolve("lib") + File.separator + "*",
                "io.coachline.stack.LocalStackMain", "up",
                "--state-dir", dir.toString(),
                "--services",
                "--lease-seconds", Long.toString(LEASE_SECONDS),
                "--root", root.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("logs/supervisor.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        if (isBlank(env.get("COACHLINE_PG_HOST"))) {
            env.put("COACHLINE_PG_PORT", "0");
        }
        if (isBlank(env.get("COACHLINE_KAFKA_BOOTSTRAP"))) {
            env.put("COACHLINE_KAFKA_PORT", "0");
            env.put("COACHLINE_KAFKA_CONTROLLER_PORT", "0");
        }
        for (String port : List.of("COACHLINE_KEYCLOAK_PORT", "COACHLINE_KEYCLOAK_MANAGEMENT_PORT", "COACHLINE_SMTP_PORT",
                "COACHLINE_IMAP_PORT", "COACHLINE_TRACKER_PORT", "COACHLINE_REMINDER_PORT", "COACHLINE_FEEDBACK_PORT",
                "COACHLINE_GATEWAY_PORT")) {
            env.put(port, "0");
        }
        env.put("COACHLINE_SKIP_BUILD", "1");
        // the tests act as a few demo users in quick succession; the gateway's own tests cover the rate limits
        env.put("COACHLINE_RATE_LIMIT_REQUESTS", "1000000");
        env.put("COACHLINE_RATE_LIMIT_EXPENSIVE_REQUESTS", "1000000");
        touch(dir.resolve("lease"));
        Files.deleteIfExists(dir.resolve("state.properties"));
        log("starting the system stack in " + dir + " (log " + dir.resolve("logs/supervisor.log") + ")");
        Process process = builder.start();
        return waitReady(dir, process.toHandle());
    }

    private static Properties waitReady(Path dir, ProcessHandle supervisor) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        long begin = System.nanoTime();
        while (Instant.now().isBefore(deadline)) {
            touch(dir.resolve("lease"));
            Properties s = read(dir.resolve("state.properties"));
            String status = s.getProperty("status", "");
            boolean ours = Long.toString(supervisor.pid()).equals(s.getProperty("supervisor.pid"));
            if (ours && "ready".equals(status)) {
                log(String.format("system stack ready in %.1f s", (System.nanoTime() - begin) / 1e9));
                List<String> missing = SERVICES.stream().filter(m -> isBlank(s.getProperty(m + ".url"))).toList();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("services not ready: " + missing + " (failed: " + s.getProperty("services.failed")
                            + ", skipped: " + s.getProperty("services.skipped") + "); logs in " + dir.resolve("logs")
                            + "\n" + tail(dir.resolve("logs/supervisor.log"), 30));
                }
                return s;
            }
            if (!supervisor.isAlive() || (ours && ("failed".equals(status) || "stopped".equals(status)))) {
                throw new IllegalStateException("the system stack did not start (status " + status + "):\n"
                        + tail(dir.resolve("logs/supervisor.log"), 40));
            }
            sleep(1000);
        }
        throw new IllegalStateException("the system stack was not ready after " + START_TIMEOUT.toMinutes() + " min:\n"
                + tail(dir.resolve("logs/supervisor.log"), 40));
    }

    private static boolean allAnswer(Properties s) {
        for (String module : SERVICES) {
            String url = s.getProperty(module + ".url");
            if (isBlank(url) || !answers(url + "/q/health/ready")) {
                return false;
            }
        }
        return answers(s.getProperty("keycloak.url") + "/realms/coaching/.well-known/openid-configuration");
    }

    static boolean answers(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void log(String message) {
        System.out.println("[coachline system stack] " + message);
    }
}
