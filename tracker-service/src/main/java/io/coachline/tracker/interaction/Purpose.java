package io.coachline.tracker.interaction;

/** Always have a case (seed 001): why the contact was made. */
public enum Purpose {
    THANK_YOU, QUESTION, STATUS_CHECK, FEEDBACK_REQUEST, CLOSING, OTHER
}
