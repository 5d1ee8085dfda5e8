package io.coachline.tracker.interaction;

/** How a contact happened. */
public enum Channel {
    EMAIL, PHONE, MESSAGE, IN_PERSON, VIDEO
}
