package io.coachline.common.events.tracker;

import java.util.UUID;

/** {@code tracker.assignment.changed.v1} (key: the seeker id); sample: docs/events/tracker.assignment.changed.v1.json. */
public record AssignmentChanged(UUID seekerId, UUID coachId, UUID previousCoachId) {

    public static final String TYPE = "tracker.assignment.changed.v1";
}
