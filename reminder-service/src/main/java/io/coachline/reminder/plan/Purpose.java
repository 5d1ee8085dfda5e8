package io.coachline.reminder.plan;

/**
 * Why an interaction happened (001: "always have a case").
 *
 * <p>{@link #STATUS_CHECK} and {@link #QUESTION} are the <em>follow-ups</em>: they close status
 * reminders and count towards F9. {@link #THANK_YOU} closes F1, {@link #FEEDBACK_REQUEST} closes F7,
 * {@link #CLOSING} closes F9; {@link #OTHER} closes nothing but is still an outbound contact for the
 * cool-down.
 */
public enum Purpose {
    THANK_YOU, QUESTION, STATUS_CHECK, FEEDBACK_REQUEST, CLOSING, OTHER;

    /** A follow-up that asks the employer for an answer: it closes a status reminder and counts towards F9. */
    public boolean isFollowUp() {
        return this == STATUS_CHECK || this == QUESTION;
    }
}
