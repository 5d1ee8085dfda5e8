package io.coachline.reminder.reminders;

/**
 * SCHEDULED → DUE (dispatched on its day) → DONE | DISMISSED (the seeker closed it: never touched again);
 * SCHEDULED/DUE → SNOOZED (until a day, then DUE again); any open one → CANCELLED when the plan no longer has it.
 * MISSED: a step that was already overdue when the plan first asked for it and that a later overdue step of
 * the same application stands for (history logged after the fact, see {@code LateArrivals}); never touched again.
 */
public enum ReminderStatus {
    SCHEDULED, DUE, DONE, SNOOZED, DISMISSED, CANCELLED, MISSED;

    /** Still waiting for the seeker: the plan may move or cancel it. */
    public boolean isOpen() {
        return this == SCHEDULED || this == DUE || this == SNOOZED;
    }

    /** Closed by the seeker: re-plans never touch it. */
    public boolean isClosedBySeeker() {
        return this == DONE || this == DISMISSED;
    }

    /** Closed for good: by the seeker, or missed on arrival. Re-plans never touch it. */
    public boolean isFinal() {
        return isClosedBySeeker() || this == MISSED;
    }
}
