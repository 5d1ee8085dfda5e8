package io.coachline.tracker.interaction;

/** What came of a contact. */
public enum Outcome {
    NO_ANSWER, ANSWERED, DECISION_PENDING, NEW_DATE_GIVEN, DECIDED
}
