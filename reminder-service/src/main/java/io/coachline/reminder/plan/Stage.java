package io.coachline.reminder.plan;

/** Pipeline stage of an application, as the tracker reports it (domain.md "Pipeline stages"). */
public enum Stage {
    WISHLIST, APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER, ACCEPTED, REJECTED, WITHDRAWN, NO_RESPONSE, ON_HOLD
}
