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
        return StackInfo.from(awaitReady(stateDir, launch(root, stateDir, LEASE_SECONDS, false, Map.of()), START_TIMEOUT));
    }

    private static StackInfo waitReady(Path stateDir, ProcessHandle supervisor) {
        return StackInfo.from(awaitReady(stateDir, supervisor, START_TIMEOUT));
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
}
