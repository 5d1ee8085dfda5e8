package io.coachline.common.events.tracker;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every application event of tracker.events (key: the application id): the whole application after
 * the change, plus what changed. Which of the optional fields an event carries depends on its type
 * (docs/events.md; {@code cause} names a move the platform made, e.g. {@code reminder.F9}); samples: docs/events/tracker.*.json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationChanged(UUID applicationId, UUID seekerId, Boolean imported, List<String> fields, String to,
                                 Boolean reopen, String cause, UUID contactId, UUID interviewId, UUID interactionId,
                                 ApplicationSnapshot application) {

    public static final String CREATED = "tracker.application.created.v1";
    public static final String UPDATED = "tracker.application.updated.v1";
    public static final String STAGE_CHANGED = "tracker.application.stage-changed.v1";
    public static final String CONTACT_ADDED = "tracker.contact.added.v1";
    public static final String INTERVIEW_SCHEDULED = "tracker.interview.scheduled.v1";
    public static final String INTERVIEW_COMPLETED = "tracker.interview.completed.v1";
    public static final String INTERACTION_LOGGED = "tracker.interaction.logged.v1";

    /** The types that carry an application (docs/events.md, "Application events"). */
    public static final Set<String> TYPES = Set.of(CREATED, UPDATED, STAGE_CHANGED, CONTACT_ADDED,
            INTERVIEW_SCHEDULED, INTERVIEW_COMPLETED, INTERACTION_LOGGED);
}
