package io.coachline.stack;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * One process the supervisor brings back when it dies: restarted after a back-off (1 s, doubling, at most
 * {@link #MAX_BACKOFF_MS}); a process that had run for {@link #STABLE_MS} starts again from 1 s. A hold (a test
 * keeping a component down on purpose) suspends restarts; a wake ({@code ./platform up}) skips the wait.
 */
final class Supervised {
    static final long FIRST_BACKOFF_MS = 1_000;
    static final long MAX_BACKOFF_MS = 60_000;
    static final long STABLE_MS = 60_000;

    interface Restart {
        void run() throws Exception;
    }

    enum State { UP, DOWN, HELD }

    final String name;
    private final BooleanSupplier alive;
    private final LongSupplier pid;
    private final Restart restart;
    private int restarts;
    private long backoffMs = FIRST_BACKOFF_MS;
    private long upSince;
    private long downSince = -1;
    private State state = State.UP;

    Supervised(String name, BooleanSupplier alive, LongSupplier pid, Restart restart, long now) {
        this.name = name;
        this.alive = alive;
        this.pid = pid;
        this.restart = restart;
        this.upSince = now;
    }

    /** The process id now (0 when unknown), for tests that kill it. */
    long pid() {
        return pid.getAsLong();
    }

    int restarts() {
        return restarts;
    }

    State state() {
        return state;
    }

    /**
     * One look at the process at {@code now}: notes a death, restarts when its back-off is over (or at once when
     * woken). Returns true when something changed that the state file should show.
     */
    boolean check(long now, boolean held, boolean wake) {
        if (alive.getAsBoolean()) {
            if (state != State.UP) {
                state = State.UP;
                return true;
            }
            return false;
        }
        State before = state;
        if (downSince < 0) {
            downSince = now;
            // a crash after a long stable run is a new story: back to the shortest wait
            backoffMs = now - upSince >= STABLE_MS ? FIRST_BACKOFF_MS : backoffMs;
            Log.error("%s is down (it ran %d s); restart in %d ms unless held", name, (now - upSince) / 1000, backoffMs);
        }
        if (held) {
            state = State.HELD;
            return before != state;
        }
        state = State.DOWN;
        if (wake || now - downSince >= backoffMs) {
            restarts++;
            Log.info("restarting %s (restart %d)", name, restarts);
            try {
                restart.run();
                upSince = now;
                downSince = -1;
                state = State.UP;
            } catch (Exception e) {
                Log.error("restarting %s failed: %s", name, e);
                downSince = now; // wait the next, longer, back-off
            }
            backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
            return true;
        }
        return before != state;
    }
}
