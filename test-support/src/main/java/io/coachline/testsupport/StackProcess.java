package io.coachline.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What every harness needs of a detached local-stack supervisor: its state file, its pid, its
 * lease and its log. Shared by {@link LocalStack} (infrastructure for the service tests) and the
 * system tests (the whole platform).
 */
public final class StackProcess {

    private static final Map<Path, Thread> LEASE_RENEWERS = new ConcurrentHashMap<>();

    private StackProcess() {
    }

    /** The supervisor a state file names, if it still runs. */
    public static Optional<ProcessHandle> supervisor(Properties state) {
        try {
            long pid = Long.parseLong(state.getProperty("supervisor.pid", "0"));
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("LocalStackMain")).orElse(true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM (the supervisor then stops what it started), SIGKILL after two minutes. */
    public static void stop(ProcessHandle supervisor) {
        supervisor.destroy();
        try {
            supervisor.onExit().get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            supervisor.destroyForcibly();
        }
    }

    /**
     * Starts {@code LocalStackMain up} detached (own session: Ctrl-C on the build does not reach it, the lease does),
     * output to {@code dir/logs/supervisor.log}, with every port free-chosen so it never meets {@code ./platform up};
     * an existing PostgreSQL or Kafka named in the environment stays as named.
     */
    public static ProcessHandle launch(Path root, Path dir, long leaseSeconds, boolean services, Map<String, String> extraEnv)
            throws IOException {
        Path stack = root.resolve("deploy/local-stack/target");
        if (!Files.isDirectory(stack.resolve("classes/io/coachline/stack")) || !Files.isDirectory(stack.resolve("lib"))) {
            throw new IllegalStateException("the local stack launcher is not built: run ./mvnw -pl deploy/local-stack "
                    + "process-classes (a build with -am does it for you)");
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
                "--lease-seconds", Long.toString(leaseSeconds),
                "--root", root.toString()));
        if (services) {
            command.add("--services");
        }
        Files.createDirectories(dir.resolve("logs"));
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
        if (services) {
            // the tests act as a few demo users in quick succession; the gateway's own tests cover the rate limits
            env.put("COACHLINE_RATE_LIMIT_REQUESTS", "1000000");
            env.put("COACHLINE_RATE_LIMIT_EXPENSIVE_REQUESTS", "1000000");
        }
        env.putAll(extraEnv);
        touch(dir.resolve("lease"));
        Files.deleteIfExists(dir.resolve("state.properties"));
        log("starting the " + dir.getFileName() + " stack (log " + dir.resolve("logs/supervisor.log") + ")");
        return builder.start().toHandle();
    }

    /** Until the supervisor writes {@code status=ready} (renewing the lease meanwhile); fails with its log's tail. */
    public static Properties awaitReady(Path dir, ProcessHandle supervisor, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Path log = dir.resolve("logs/supervisor.log");
        long begin = System.nanoTime();
        while (Instant.now().isBefore(deadline)) {
            touch(dir.resolve("lease"));
            Properties state = read(dir.resolve("state.properties"));
            String status = state.getProperty("status", "");
            boolean ours = Long.toString(supervisor.pid()).equals(state.getProperty("supervisor.pid"));
            if (ours && "ready".equals(status)) {
                log(String.format("the %s stack is ready in %.1f s", dir.getFileName(), (System.nanoTime() - begin) / 1e9));
                return state;
            }
            if (!supervisor.isAlive() || (ours && ("failed".equals(status) || "stopped".equals(status)))) {
                throw new IllegalStateException("the stack in " + dir + " did not start (status " + status + "). Last lines of "
                        + log + ":\n" + tail(log, 40));
            }
            sleep(1000);
        }
        throw new IllegalStateException("the stack in " + dir + " was not ready after " + timeout.toMinutes()
                + " min. Last lines of " + log + ":\n" + tail(log, 40));
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the stack", e);
        }
    }

    public static void log(String message) {
        System.out.println("[coachline stack] " + message);
    }

    /** Touches the lease every 5 s from a daemon thread, so the stack lives as long as this JVM (plus its lease). */
    public static void renewLease(Path lease) {
        LEASE_RENEWERS.compute(lease.toAbsolutePath(), (path, running) -> {
            if (running != null && running.isAlive()) {
                return running;
            }
            Thread renewer = new Thread(() -> {
                while (true) {
                    try {
                        touch(path);
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        // the next round tries again
                    }
                }
            }, "coachline-stack-lease");
            renewer.setDaemon(true);
            renewer.start();
            return renewer;
        });
    }

    public static void touch(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state file; empty while it does not exist or is being replaced (read it next round). */
    public static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                // being replaced right now
            }
        }
        return properties;
    }

    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log " + file + ")";
        }
    }
}
