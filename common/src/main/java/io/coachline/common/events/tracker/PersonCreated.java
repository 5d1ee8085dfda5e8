package io.coachline.common.events.tracker;

import java.util.UUID;

/** {@code tracker.person.created.v1} (key: the person id); sample: docs/events/tracker.person.created.v1.json. */
public record PersonCreated(UUID id, String role, String username, String firstName, String lastName,
                            String displayName, String email, String locale, String timeZone, UUID coachId) {

    public static final String TYPE = "tracker.person.created.v1";
}
