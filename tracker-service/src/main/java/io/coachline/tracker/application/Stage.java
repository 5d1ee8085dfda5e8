package io.coachline.tracker.application;

/**
 * The pipeline stage of one job application (domain.md, "Pipeline stages").
 *
 * <pre>
 * WISHLIST → APPLIED → INTERVIEW (round 1, 2, …) → REFERENCE_CHECK → OFFER → ACCEPTED
 * terminal outcomes: REJECTED, WITHDRAWN, NO_RESPONSE   standby: ON_HOLD
 * </pre>
 *
 * <ul>
 *   <li><b>terminal</b> (closed): {@code ACCEPTED}, {@code REJECTED}, {@code WITHDRAWN},
 *       {@code NO_RESPONSE}. Nothing is followed up any more; leaving one needs an explicit
 *       re-open (see {@link StageMachine}).</li>
 *   <li><b>active</b>: an open application the seeker has to follow up, the ones counted against
 *       the tenant's soft limit: {@code APPLIED}, {@code INTERVIEW}, {@code REFERENCE_CHECK},
 *       {@code OFFER}, {@code ON_HOLD}. {@code WISHLIST} is open (not terminal) but not active:
 *       nothing has been sent, so there is nothing to follow up.</li>
 * </ul>
 */
public enum Stage {
    WISHLIST,
    APPLIED,
    INTERVIEW,
    REFERENCE_CHECK,
    OFFER,
    ACCEPTED,
    REJECTED,
    WITHDRAWN,
    NO_RESPONSE,
    ON_HOLD;

    /** Closed: ACCEPTED, REJECTED, WITHDRAWN, NO_RESPONSE. */
    public boolean isTerminal() {
        return switch (this) {
            case ACCEPTED, REJECTED, WITHDRAWN, NO_RESPONSE -> true;
            default -> false;
        };
    }

    /** Not terminal (includes WISHLIST). */
    public boolean isOpen() {
        return !isTerminal();
    }

    /** Open and already sent: counts against the soft limit of active applications. */
    public boolean isActive() {
        return isOpen() && this != WISHLIST;
    }
}
