package io.coachline.tracker.people;

/** The versioned CloudEvent types tracker-service publishes to {@code tracker.events} (docs/events.md). */
public final class TrackerEvents {
    public static final String PERSON_CREATED = io.coachline.common.events.tracker.PersonCreated.TYPE;
    public static final String ASSIGNMENT_CHANGED = io.coachline.common.events.tracker.AssignmentChanged.TYPE;

    private TrackerEvents() {
    }
}
