package io.coachline.testsupport;

import static io.coachline.testsupport.StackProcess.*;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The one real stack (PostgreSQL, Kafka, Keycloak, SMTP) every test JVM of a build shares.
 *
 * <p>{@link #ensureRunning()} reuses the stack in {@code <repo>/target/test-stack} when it answers, else starts
 * {@code io.coachline.stack.LocalStackMain} there, detached, with every port free-chosen (so it never clashes with
 * {@code ./platform up}) and a lease of 240 s. Each test JVM renews the lease every 5 s while it runs: the stack
 * stops by itself about four minutes after the last test JVM of the build has exited.
 */
public final class LocalStack {
    static final long LEASE_SECONDS = 240;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static StackInfo info;

    private LocalStack() {
    }

    /** The running stack; starts it (or waits for it) when needed. Thread-safe, cached per JVM. */
    public static synchronized StackInfo ensureRunning() {
        if (info != null) {
            return info;
        }
        Path root = repositoryRoot();
        Path stateDir = root.resolve("target/test-stack");
        try {
            Files.createDirectories(stateDir.resolve("logs"));
            try (FileChannel channel = FileChannel.open(stateDir.resolve("launch.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                touch(stateDir.resolve("lease"));
                info = reuseOrStart(root, stateDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        renewLease(stateDir.resolve("lease"));
        return info;
    }

    /** The repository root: system property {@code coachline.root}, else up from the working folder. */
    public static Path repositoryRoot() {
        String property = System.getProperty("coachline.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "deploy/local-stack"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/local-stack"))) {
                return p.normalize();
            }
        }
        throw new IllegalStateException("cannot find the repository root: no deploy/local-stack above "
                + System.getProperty("user.dir") + " (set -Dcoachline.root)");
    }

    private static StackInfo reuseOrStart(Path root, Path stateDir) throws IOException {
        Path stateFile = stateDir.resolve("state.properties");
        Properties state = read(stateFile);
        Optional<ProcessHandle> supervisor = supervisor(state);
        if (supervisor.isPresent()) {
            String status = state.getProperty("status", "");
            if ("starting".equals(status)) {
                log("a test stack is starting in " + stateDir + ", waiting for it");
                return waitReady(stateDir, supervisor.get());
            }
            if ("ready".equals(status)) {
                StackInfo candidate = StackInfo.from(state);
                if (answers(candidate)) {
                    log("reusing the test stack in " + stateDir);
                    return candidate;
                }
            }
            log("the test stack in " + stateDir + " does not answer (status " + status + "): stopping it");
            stop(supervisor.get());
        }
        return start(root, stateDir);
    }

    private static StackInfo start(Path root, Path stateDir) throws IOException {
        Path stack = root.resolve("deploy/local-stack/target");
        if (!Files.isDirectory(stack.resolve("classes/io/coachline/stack")) || !Files.isDirectory(stack.resolve("lib"))) {
            throw new IllegalStateException("the local stack launcher is not built: run ./mvnw -pl deploy/local-stack "
                    + "process-classes (a build with -am does it for you)");
        }
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid"); // its own session: Ctrl-C on the build does not reach it; the lease does
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", stack.resolve("classes") + File.pathSeparator + stack.resolve("lib") + File.separator + "*",
                "io.coachline.stack.LocalStackMain", "up",
                "--state-dir", stateDir.toString(),
                "--lease-seconds", Long.toString(LEASE_SECONDS),
                "--root", root.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stateDir.resolve("logs/supervisor.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        // every port free-chosen, so the test stack never meets ./platform up; an existing server stays as named
        if (isBlank(env.get("COACHLINE_PG_HOST"))) {
            env.put("COACHLINE_PG_PORT", "0");
        }
        if (isBlank(env.get("COACHLINE_KAFKA_BOOTSTRAP"))) {
            env.put("COACHLINE_KAFKA_PORT", "0");
            env.put("COACHLINE_KAFKA_CONTROLLER_PORT", "0");
        }
        for (String port : List.of("COACHLINE_KEYCLOAK_PORT", "COACHLINE_KEYCLOAK_MANAGEMENT_PORT",
                "COACHLINE_SMTP_PORT", "COACHLINE_IMAP_PORT")) {
            env.put(port, "0");
        }
        touch(stateDir.resolve("lease"));
        Files.deleteIfExists(stateDir.resolve("state.properties"));
        log("starting the test stack in " + stateDir + " (log " + stateDir.resolve("logs/supervisor.log") + ")");
        Process process = builder.start();
        return waitReady(stateDir, process.toHandle());
    }

    private static StackInfo waitReady(Path stateDir, ProcessHandle supervisor) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Path stateFile = stateDir.resolve("state.properties");
        long begin = System.nanoTime();
        while (Instant.now().isBefore(deadline)) {
            touch(stateDir.resolve("lease"));
            Properties state = read(stateFile);
            String status = state.getProperty("status", "");
            boolean ours = Long.toString(supervisor.pid()).equals(state.getProperty("supervisor.pid"));
            if (ours && "ready".equals(status)) {
                log(String.format("test stack ready in %.1f s", (System.nanoTime() - begin) / 1e9));
                return StackInfo.from(state);
            }
            if (!supervisor.isAlive() || (ours && ("failed".equals(status) || "stopped".equals(status)))) {
                throw new IllegalStateException("the test stack did not start (status " + status + "). Last lines of "
                        + stateDir.resolve("logs/supervisor.log") + ":\n" + tail(stateDir.resolve("logs/supervisor.log"), 40));
            }
            sleep(1000);
        }
        throw new IllegalStateException("the test stack was not ready after " + START_TIMEOUT.toMinutes()
                + " min. Last lines of " + stateDir.resolve("logs/supervisor.log") + ":\n"
                + tail(stateDir.resolve("logs/supervisor.log"), 40));
    }

    /** PostgreSQL, Kafka and Keycloak all answer. */
    static boolean answers(StackInfo stack) {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("postgres"), stack.pgUser(), stack.pgPassword())) {
            if (!c.isValid(3)) {
                return false;
            }
        } catch (Exception e) {
            return false;
        }
        String kafka = stack.kafkaBootstrap().split(",")[0];
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(kafka.substring(0, kafka.lastIndexOf(':')),
                    Integer.parseInt(kafka.substring(kafka.lastIndexOf(':') + 1))), 2000);
        } catch (Exception e) {
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build();
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
            throw new IllegalStateException("interrupted while waiting for the test stack", e);
        }
    }

    private static void log(String message) {
        System.out.println("[coachline test stack] " + message);
    }
}
