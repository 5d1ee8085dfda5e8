package io.coachline.reminder.settings;

/** How a seeker gets their due follow-ups by e-mail. */
public enum Delivery {
    /** One morning mail with the day's follow-ups (the default). */
    DIGEST,
    /** One mail per follow-up. */
    EACH,
    /** No e-mail; the follow-ups are in the portal's Today only. */
    NONE
}
