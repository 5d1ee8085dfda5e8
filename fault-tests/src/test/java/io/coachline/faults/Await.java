package io.coachline.faults;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls a condition until it holds or the time is up (then fails with what was last seen). */
final class Await {
    private Await() {
    }

    static <T> T until(Duration timeout, Callable<T> probe, java.util.function.Predicate<T> done, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        Exception lastError = null;
        while (System.nanoTime() < deadline) {
            try {
                last = probe.call();
                if (done.test(last)) {
                    return last;
                }
            } catch (Exception e) {
                lastError = e;
            }
            Thread.sleep(500);
        }
        String seen = last instanceof int[] numbers ? java.util.Arrays.toString(numbers) : String.valueOf(last);
        throw new AssertionError(what + " not reached in " + timeout + "; last seen: " + seen, lastError);
    }
}
