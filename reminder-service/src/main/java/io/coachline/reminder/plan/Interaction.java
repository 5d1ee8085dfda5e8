package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.Objects;

/** One logged contact with the employer. {@code contactId} and {@code outcome} may be null. */
public record Interaction(String id, LocalDate on, Channel channel, Direction direction, String contactId,
                          Purpose purpose, Outcome outcome) {
    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(direction, "direction");
        purpose = purpose == null ? Purpose.OTHER : purpose;
    }

    public boolean isOutbound() {
        return direction == Direction.OUTBOUND;
    }

    /**
     * The employer answered: every INBOUND interaction, and an OUTBOUND one whose outcome says the
     * employer answered in that same call (anything but NO_ANSWER).
     */
    public boolean isAnswer() {
        return direction == Direction.INBOUND || (outcome != null && outcome != Outcome.NO_ANSWER);
    }

    /** An outbound STATUS_CHECK or QUESTION (see {@link Purpose#isFollowUp()}). */
    public boolean isFollowUp() {
        return isOutbound() && purpose.isFollowUp();
    }
}
