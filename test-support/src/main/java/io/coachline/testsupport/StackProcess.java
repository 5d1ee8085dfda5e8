package io.coachline.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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
