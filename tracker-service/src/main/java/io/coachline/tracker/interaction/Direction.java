package io.coachline.tracker.interaction;

/** Who reached out: the seeker (outbound) or the employer (inbound). */
public enum Direction {
    OUTBOUND, INBOUND
}
