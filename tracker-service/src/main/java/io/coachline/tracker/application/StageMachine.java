package io.coachline.tracker.application;

import static io.coachline.tracker.application.Stage.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which stage moves are legal (domain.md, "Pipeline stages"). Pure and history-free: it looks
 * only at the current stage, the wanted stage and whether the move is an explicit re-open.
 *
 * <h2>The rules</h2>
 * <pre>
 * from             normal moves (reopen=false)
 * WISHLIST         APPLIED, WITHDRAWN
 * APPLIED          INTERVIEW, ON_HOLD, REJECTED, WITHDRAWN, NO_RESPONSE
 * INTERVIEW        INTERVIEW, REFERENCE_CHECK, OFFER, ON_HOLD, REJECTED, WITHDRAWN, NO_RESPONSE
 * REFERENCE_CHECK  OFFER, ON_HOLD, REJECTED, WITHDRAWN, NO_RESPONSE
 * OFFER            ACCEPTED, ON_HOLD, REJECTED, WITHDRAWN, NO_RESPONSE
 * ON_HOLD          APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER, REJECTED, WITHDRAWN, NO_RESPONSE
 * ACCEPTED, REJECTED, WITHDRAWN, NO_RESPONSE   nothing; only with reopen=true:
 *                  APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER, ON_HOLD
 * </pre>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Forward one step at a time</b> along WISHLIST → APPLIED → INTERVIEW →
 *       REFERENCE_CHECK → OFFER → ACCEPTED. No jumps (WISHLIST → OFFER, APPLIED → OFFER,
 *       OFFER → … backwards) and no going back along the main line: a stage that was recorded
 *       too early is corrected by the next real move, not by moving backwards.</li>
 *   <li><b>INTERVIEW → INTERVIEW</b> is the next round and is allowed. Every other move to the
 *       same stage is refused (it records nothing).</li>
 *   <li><b>INTERVIEW → OFFER</b> is allowed: many employers make an offer without a formal
 *       reference check, or check references after the offer. REFERENCE_CHECK stays a stage of
 *       its own because it announces an offer (F8), but it is optional.</li>
 *   <li><b>Closing</b>: every stage that has been sent (APPLIED … OFFER and ON_HOLD) can end in
 *       REJECTED, WITHDRAWN or NO_RESPONSE (an offer can be rescinded, declined, or the
 *       employer can stop answering). From WISHLIST only WITHDRAWN (the seeker drops the
 *       idea): an employer cannot reject or ignore an application it never received.
 *       ACCEPTED is reached from OFFER only.</li>
 *   <li><b>ON_HOLD</b> (the employer keeps the seeker on standby) is entered from APPLIED,
 *       INTERVIEW, REFERENCE_CHECK or OFFER, and left to any of those four (the process
 *       resumes where the employer says it is; the machine does not read history, so it
 *       does not insist on the stage before the hold) or to REJECTED, WITHDRAWN,
 *       NO_RESPONSE. ON_HOLD → ACCEPTED is refused: an offer comes first. Not from or to
 *       WISHLIST.</li>
 *   <li><b>Terminal stages</b> (ACCEPTED, REJECTED, WITHDRAWN, NO_RESPONSE) are left only by
 *       an explicit re-open ({@code reopen=true}), and only to an <em>active</em> stage:
 *       APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER or ON_HOLD. The re-open names where the
 *       process really is now, which is often not the stage before it closed: a
 *       NO_RESPONSE employer calls for an interview (→ INTERVIEW), a rejected runner-up gets
 *       the offer when the first choice declines (REJECTED → OFFER, the standby story of
 *       seed 000), a withdrawn seeker changes their mind (→ APPLIED), an accepted offer falls
 *       through and is renegotiated (ACCEPTED → OFFER). Re-opening to WISHLIST (the
 *       application was sent) or straight into another terminal stage is refused: close it
 *       again with a normal move after re-opening.</li>
 *   <li>{@code reopen=true} on an open stage has no effect: the normal rules apply.</li>
 * </ul>
 */
public final class StageMachine {

    private static final Set<Stage> CLOSING = EnumSet.of(REJECTED, WITHDRAWN, NO_RESPONSE);
    private static final Set<Stage> REOPEN_TARGETS = EnumSet.of(APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER, ON_HOLD);
    private static final Map<Stage, Set<Stage>> MOVES = new EnumMap<>(Stage.class);

    static {
        MOVES.put(WISHLIST, EnumSet.of(APPLIED, WITHDRAWN));
        MOVES.put(APPLIED, with(CLOSING, INTERVIEW, ON_HOLD));
        MOVES.put(INTERVIEW, with(CLOSING, INTERVIEW, REFERENCE_CHECK, OFFER, ON_HOLD));
        MOVES.put(REFERENCE_CHECK, with(CLOSING, OFFER, ON_HOLD));
        MOVES.put(OFFER, with(CLOSING, ACCEPTED, ON_HOLD));
        MOVES.put(ON_HOLD, with(CLOSING, APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER));
        for (Stage s : Stage.values()) {
            if (s.isTerminal()) {
                MOVES.put(s, EnumSet.noneOf(Stage.class));
            }
            MOVES.put(s, Collections.unmodifiableSet(MOVES.get(s)));
        }
    }

    private StageMachine() {
    }

    private static Set<Stage> with(Set<Stage> base, Stage... more) {
        EnumSet<Stage> s = EnumSet.copyOf(base);
        Collections.addAll(s, more);
        return s;
    }

    /** The stages reachable from {@code from} by a normal move (empty for a terminal stage). Unmodifiable. */
    public static Set<Stage> allowedMoves(Stage from) {
        return MOVES.get(Objects.requireNonNull(from, "from"));
    }

    /**
     * The stages reachable from {@code from} by an explicit re-open: the active stages for a
     * terminal {@code from}, empty for an open one. Unmodifiable.
     */
    public static Set<Stage> allowedReopenMoves(Stage from) {
        return Objects.requireNonNull(from, "from").isTerminal()
                ? Collections.unmodifiableSet(REOPEN_TARGETS)
                : Collections.emptySet();
    }

    /** The moves {@link #check} accepts for this {@code from} and {@code reopen}. Unmodifiable. */
    public static Set<Stage> allowedMoves(Stage from, boolean reopen) {
        return reopen && from.isTerminal() ? allowedReopenMoves(from) : allowedMoves(from);
    }

    /** Whether {@link #check} would accept the move. */
    public static boolean isAllowed(Stage from, Stage to, boolean reopen) {
        Objects.requireNonNull(to, "to");
        return allowedMoves(from, reopen).contains(to);
    }

    /**
     * Accepts a legal move, or throws.
     *
     * @throws IllegalStageMove naming the move and the stages allowed from {@code from}
     * @throws NullPointerException if {@code from} or {@code to} is null
     */
    public static void check(Stage from, Stage to, boolean reopen) {
        if (!isAllowed(from, to, reopen)) {
            throw new IllegalStageMove(from, to, reopen, allowedMoves(from), allowedReopenMoves(from));
        }
    }
}
