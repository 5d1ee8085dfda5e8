package io.coachline.feedback.taxonomy;

/** The three lists of a tenant's taxonomy. */
public enum Kind {
    REASON, STRENGTH, WEAKNESS
}
