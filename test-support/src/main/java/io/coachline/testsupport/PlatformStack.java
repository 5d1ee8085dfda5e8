package io.coachline.testsupport;

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
 * {@code target/quarkus-app}) started once per state folder ({@code <repo>/target/<folder>}), on free ports, with a
 * lease: a daemon thread touches {@code lease} every 5 s and the supervisor stops everything {@code leaseSeconds}
 * after the last test JVM. The approach is {@link LocalStack}'s, plus {@code --services}, its own state folder (so
 * it never meets the infrastructure-only test stack) and a restart when a service jar is newer than the running
 * stack. The system tests use {@code target/system-stack}; the fault tests {@code target/fault-stack}, where they
 * kill, hold down and bring back its parts ({@link #kill}, {@link #hold}, {@link #release}).
 */
public final class PlatformStack {
    public static final List<String> SERVICES = List.of("tracker-service", "reminder-service", "feedback-service", "gateway");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String folder;
    private final long leaseSeconds;
    private final Map<String, String> extraEnv;
    private Properties state;

    /** {@code extraEnv}: more environment for the supervisor (e.g. {@code COACHLINE_REMINDER_REPLICAS}). */
    public PlatformStack(String folder, long leaseSeconds, Map<String, String> extraEnv) {
        this.folder = folder;
        this.leaseSeconds = leaseSeconds;
        this.extraEnv = Map.copyOf(extraEnv);
    }

    public synchronized Properties ensureRunning() {
        if (state != null) {
            return state;
        }
        Path root = root();
        Path dir = dir();
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

    public Path dir() {
        return root().resolve("target").resolve(folder);
    }

    /** The state file as the supervisor wrote it last (restarts, component states, pids). */
    public Properties current() {
        return read(dir().resolve("state.properties"));
    }

    public String url(String module) {
        return ensureRunning().getProperty(module + ".url");
    }

    public String keycloakUrl() {
        return ensureRunning().getProperty("keycloak.url");
    }

    /** The supervisor's count of restarts of a component (postgres, kafka, keycloak, a service). */
    public int restarts(String component) {
        return Integer.parseInt(current().getProperty(component + ".restarts", "0"));
    }

    /**
     * Signals a component's process tree ({@code KILL}: a crash; {@code INT}: PostgreSQL's fast shutdown;
     * {@code TERM}) and waits until all of it is gone.
     */
    public void kill(String component, String signal) {
        long pid = Long.parseLong(current().getProperty(component + ".pid", "0"));
        ProcessHandle process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException(component + " is not running (pid " + pid + ")"));
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(0, process);
        List<String> command = new ArrayList<>(List.of("kill", "-s", signal));
        tree.forEach(p -> command.add(Long.toString(p.pid())));
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (ProcessHandle p : tree) {
            p.onExit().join();
        }
        log(component + " (pid " + pid + ") ended by SIG" + signal);
    }

    /** The supervisor leaves a component down while held (after {@link #kill}); {@link #release} lets it restart it. */
    public void hold(String component) {
        try {
            Files.createDirectories(dir().resolve("hold"));
            touch(dir().resolve("hold").resolve(component));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(String component) {
        try {
            Files.deleteIfExists(dir().resolve("hold").resolve(component));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a component runs again (the supervisor restarted it) and, for a service, answers readiness. */
    public void awaitUp(String component, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            touch(dir().resolve("lease"));
            Properties s = current();
            String url = s.getProperty(component + ".url"); // a service (or a replica) also answers readiness
            if ("up".equals(s.getProperty(component + ".state")) && (url == null || answers(url + "/q/health/ready"))) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(component + " not back after " + timeout + ":\n"
                + tail(dir().resolve("logs/supervisor.log"), 30));
    }

    public static Path root() {
        return LocalStack.repositoryRoot();
    }

    private Properties reuseOrStart(Path root, Path dir) throws IOException {
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
                log("the platform stack is starting in " + dir + ", waiting for it");
                Properties ready = waitReady(dir, supervisor.get());
                if (upToDate(root, supervisor.get())) {
                    return ready;
                }
            } else if ("ready".equals(status) && allAnswer(current) && upToDate(root, supervisor.get())) {
                log("reusing the platform stack in " + dir);
                return current;
            }
            log("the platform stack in " + dir + " is stale or does not answer (status " + status + "): restarting it");
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
                log(module + " was rebuilt after the running platform stack started");
                return false;
            }
        }
        return true;
    }

    private static Path jar(Path root, String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Properties start(Path root, Path dir) throws IOException {
        return waitReady(dir, launch(root, dir, leaseSeconds, true, extraEnv));
    }

    /**
     * Ready, and every service answers: one late for the supervisor's wait (a loaded machine) gets more time, one
     * that never comes fails the tests here, with the supervisor's log.
     */
    private Properties waitReady(Path dir, ProcessHandle supervisor) {
        Properties s = awaitReady(dir, supervisor, START_TIMEOUT);
        for (String module : SERVICES) {
            if (isBlank(s.getProperty(module + ".url"))) {
                throw new IllegalStateException(module + " was not started (skipped: " + s.getProperty("services.skipped")
                        + "); logs in " + dir.resolve("logs") + "\n" + tail(dir.resolve("logs/supervisor.log"), 30));
            }
            awaitUp(module, START_TIMEOUT);
        }
        return read(dir.resolve("state.properties"));
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

    public static boolean answers(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    public static void log(String message) {
        StackProcess.log(message);
    }
}
