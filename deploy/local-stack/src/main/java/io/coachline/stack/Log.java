package io.coachline.stack;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The supervisor's own log lines: one per event, on stdout (the launcher sends it to {@code logs/supervisor.log}). */
final class Log {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private Log() {
    }

    static synchronized void info(String format, Object... args) {
        System.out.println(LocalTime.now().format(TIME) + " [stack] " + String.format(format, args));
        System.out.flush();
    }

    static synchronized void error(String format, Object... args) {
        System.out.println(LocalTime.now().format(TIME) + " [stack] ERROR " + String.format(format, args));
        System.out.flush();
    }

    static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
