package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When the application reached its current stage: the day it happened, not the day it was typed in
 * (domain.md: "every rule counts from the date a thing happened"). The tracker dates its stage history;
 * where a move was typed later than the fact that brought it about, the fact wins:
 * <ul>
 *   <li>APPLIED is reached when the application was sent: {@code appliedOn}, when it is earlier than the move;</li>
 *   <li>INTERVIEW is reached no later than the first interview (scheduled or held), unless the application
 *       came back to INTERVIEW from ON_HOLD;</li>
 *   <li>REJECTED and OFFER are reached no later than the employer's deciding answer (outcome DECIDED) logged
 *       after the application was sent and the last held interview: an answer that came before the typed-in
 *       stage change counts from its own day.</li>
 * </ul>
 * A re-opening is the seeker's own act, dated by the move itself. Pure: no clock.
 */
public final class StageReached {

    /** One entry of the stage history; {@code on} is the day in the seeker's zone, may be null when unknown. */
    public record Move(Stage from, Stage to, LocalDate on, boolean reopen) {
        public Move {
            Objects.requireNonNull(to, "to");
        }
    }

    private StageReached() {
    }

    /**
     * @param recorded the tracker's own date of the current stage (its {@code stageSince}), used when the
     *                 history has no entry for the current stage; may be null
     * @param fallback the day when nothing else is known (the application's creation day)
     */
    public static LocalDate of(Stage stage, List<Move> history, LocalDate recorded, LocalDate appliedOn,
                               List<Interview> interviews, List<Interaction> interactions, LocalDate fallback) {
        Move move = null;
        for (Move m : history) {
            if (m.to() == stage && m.on() != null) {
                move = m;
            }
        }
        LocalDate reached = move != null ? move.on() : recorded != null ? recorded : fallback;
        if (reached == null || (move != null && move.reopen())) {
            return reached;
        }
        return switch (stage) {
            case APPLIED -> earlier(reached, appliedOn);
            case INTERVIEW -> move != null && move.from() == Stage.ON_HOLD ? reached
                    : earlier(reached, firstInterview(interviews));
            case REJECTED, OFFER -> earlier(reached, decidingAnswer(interviews, interactions,
                    appliedOn == null ? LocalDate.MIN : appliedOn, reached));
            default -> reached;
        };
    }

    private static LocalDate firstInterview(List<Interview> interviews) {
        LocalDate first = null;
        for (Interview i : interviews) {
            first = earlier(first, earlier(i.scheduledAt(), i.completedOn()));
        }
        return first;
    }

    private static LocalDate decidingAnswer(List<Interview> interviews, List<Interaction> interactions,
                                            LocalDate sent, LocalDate recorded) {
        LocalDate after = sent;
        for (Interview i : interviews) {
            if (i.completedOn() != null && i.completedOn().isAfter(after) && !i.completedOn().isAfter(recorded)) {
                after = i.completedOn();
            }
        }
        LocalDate found = null;
        for (Interaction x : interactions) {
            if (x.isAnswer() && x.outcome() == Outcome.DECIDED && !x.on().isBefore(after) && !x.on().isAfter(recorded)
                    && (found == null || x.on().isAfter(found))) {
                found = x.on();
            }
        }
        return found;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }
}
