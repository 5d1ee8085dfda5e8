package io.coachline.stack;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor's restart rule: back-off doubling to a cap, reset after a stable run, holds and wakes. */
class SupervisedTest {
    private final AtomicBoolean alive = new AtomicBoolean(true);
    private final AtomicInteger starts = new AtomicInteger();
    private final AtomicBoolean startWorks = new AtomicBoolean(true);
    private final Supervised component = new Supervised("kafka", alive::get, () -> 1L, () -> {
        starts.incrementAndGet();
        if (!startWorks.get()) {
            throw new IllegalStateException("port taken");
        }
        alive.set(true);
    }, 0);

    @Test
    void aDeadProcessComesBackAfterItsBackOffAndIsCounted() {
        assertFalse(component.check(500, false, false));
        alive.set(false);
        assertTrue(component.check(70_000, false, false)); // noticed: down, waits its first second
        assertEquals(Supervised.State.DOWN, component.state());
        assertEquals(0, starts.get());
        assertTrue(component.check(71_000, false, false));
        assertEquals(1, starts.get());
        assertEquals(1, component.restarts());
        assertEquals(Supervised.State.UP, component.state());
    }

    @Test
    void quickDeathsWaitLongerEachTimeUpToTheCap() {
        long now = 0;
        long[] waits = new long[9];
        for (int i = 0; i < waits.length; i++) {
            alive.set(false);
            component.check(now, false, false);
            long down = now;
            while (starts.get() == i) {
                now += 100;
                component.check(now, false, false);
            }
            waits[i] = now - down;
        }
        assertEquals(1_000, waits[0]);
        assertEquals(2_000, waits[1]);
        assertEquals(4_000, waits[2]);
        assertEquals(Supervised.MAX_BACKOFF_MS, waits[8]);
        assertEquals(9, component.restarts());
    }

    @Test
    void aFailedRestartIsRetriedLater() {
        alive.set(false);
        startWorks.set(false);
        component.check(100_000, false, false);
        component.check(101_000, false, false);
        assertEquals(1, starts.get());
        assertEquals(Supervised.State.DOWN, component.state());
        component.check(102_000, false, false); // waits the doubled back-off
        assertEquals(1, starts.get());
        startWorks.set(true);
        component.check(103_000, false, false);
        assertEquals(2, starts.get());
        assertEquals(Supervised.State.UP, component.state());
    }

    @Test
    void aHeldComponentStaysDownUntilReleasedAndAWakeSkipsTheWait() {
        alive.set(false);
        component.check(100_000, true, false);
        component.check(200_000, true, false);
        assertEquals(Supervised.State.HELD, component.state());
        assertEquals(0, starts.get());
        // released and woken (./platform up): at once, without waiting a back-off
        alive.set(false);
        Supervised fresh = new Supervised("reminder-service", alive::get, () -> 2L, () -> alive.set(true), 0);
        fresh.check(10_000, false, false);
        assertEquals(Supervised.State.DOWN, fresh.state());
        fresh.check(10_001, false, true);
        assertEquals(Supervised.State.UP, fresh.state());
        assertEquals(1, fresh.restarts());
    }
}
