package io.coachline.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A child process of the supervisor (a whole tree: kc.sh starts a JVM), its output appended to one log file. */
final class Child {
    final String name;
    final Path logFile;
    private final List<String> command;
    private final Path workDir;
    private final Map<String, String> env;
    /** Replaced when the supervisor restarts the child. */
    volatile Process process;

    private Child(String name, List<String> command, Path workDir, Map<String, String> env, Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.workDir = workDir;
        this.env = Map.copyOf(env);
        this.logFile = logFile;
    }

    static Child start(String name, List<String> command, Path workDir, Map<String, String> env, Path logFile)
            throws IOException {
        Child child = new Child(name, command, workDir, env, logFile);
        child.process = child.launch();
        return child;
    }

    /** The same command again, after the process died (the supervisor's restart). */
    void restart() throws IOException {
        stop(10); // whatever is left of the old tree (kc.sh's JVM when only the script died)
        process = launch();
    }

    private Process launch() throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Files.writeString(logFile, "\n==== " + java.time.OffsetDateTime.now() + " starting " + name + ": "
                + String.join(" ", command) + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        Process process = builder.start();
        Log.info("%s started (pid %d), log %s", name, process.pid(), logFile);
        return process;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGTERM to the process and all its descendants, wait, then SIGKILL whatever is left. */
    void stop(long graceSeconds) {
        stopTree(name, process.toHandle(), graceSeconds);
    }

    static void stopTree(String name, ProcessHandle root, long graceSeconds) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        tree.addAll(root.descendants().collect(Collectors.toList()));
        List<ProcessHandle> alive = tree.stream().filter(ProcessHandle::isAlive).collect(Collectors.toList());
        if (alive.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        Log.info("stopping %s (pids %s)", name,
                alive.stream().map(p -> Long.toString(p.pid())).collect(Collectors.joining(",")));
        // children first get the signal too: kc.sh does not forward it to its JVM
        for (int i = alive.size() - 1; i >= 0; i--) {
            alive.get(i).destroy();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        for (ProcessHandle handle : alive) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                // handled below
            }
        }
        for (ProcessHandle handle : alive) {
            if (handle.isAlive()) {
                Log.info("%s: pid %d did not stop in %d s, killing it", name, handle.pid(), graceSeconds);
                handle.destroyForcibly();
                try {
                    handle.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // nothing more to do
                }
            }
        }
        Log.info("%s stopped in %s", name, Log.seconds(start));
    }

    /** The last lines of the log, for error messages. */
    String tail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
