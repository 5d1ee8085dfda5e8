package io.coachline.tracker.people;

/** The versioned CloudEvent types tracker-service publishes to {@code tracker.events} (docs/events.md). */
public final class TrackerEvents {
    public static final String PERSON_CREATED = "tracker.person.created.v1";
    public static final String ASSIGNMENT_CHANGED = "tracker.assignment.changed.v1";

    private TrackerEvents() {
    }
}
