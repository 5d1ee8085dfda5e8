package io.coachline.common.outbox;

import jakarta.inject.Singleton;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The doorbell between a commit and the relay. Kept apart from the relay so that ringing it
 * (even during startup seeding, before Kafka channels are wired) never creates the relay.
 */
@Singleton
public class OutboxSignal {

    private final Semaphore rings = new Semaphore(0);

    public void ring() {
        rings.release();
    }

    /** Waits for a ring or the timeout, then forgets the rings so far (one pass serves them all). */
    boolean await(long millis) throws InterruptedException {
        boolean rang = rings.tryAcquire(millis, TimeUnit.MILLISECONDS);
        rings.drainPermits();
        return rang;
    }
}
