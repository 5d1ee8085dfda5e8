package io.coachline.tracker.application;

import io.coachline.common.events.tracker.ApplicationChanged;
import io.coachline.common.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes an application event through the outbox, keyed by the application id so its events
 * stay in order. Each carries the full application after the change plus what changed.
 */
@ApplicationScoped
public class ApplicationEvents {

    public static final String CREATED = ApplicationChanged.CREATED;
    public static final String UPDATED = ApplicationChanged.UPDATED;
    public static final String STAGE_CHANGED = ApplicationChanged.STAGE_CHANGED;
    public static final String CONTACT_ADDED = ApplicationChanged.CONTACT_ADDED;
    public static final String INTERVIEW_SCHEDULED = ApplicationChanged.INTERVIEW_SCHEDULED;
    public static final String INTERVIEW_COMPLETED = ApplicationChanged.INTERVIEW_COMPLETED;
    public static final String INTERACTION_LOGGED = ApplicationChanged.INTERACTION_LOGGED;

    @Inject
    Outbox outbox;

    public ApplicationView publish(Application a, String type, Map<String, Object> change) {
        return publish(a, ApplicationView.of(a), type, change);
    }

    /** As above, with the view already built (an import knows the children it just wrote). */
    public ApplicationView publish(Application a, ApplicationView view, String type, Map<String, Object> change) {
        outbox.publish(a.tenantId, a.id.toString(), type, a.id.toString(), data(a, view, change));
        return view;
    }

    /** The event's data: docs/events/tracker.*.json show it (ApplicationEventSamplesTest holds them to it). */
    static Map<String, Object> data(Application a, ApplicationView view, Map<String, Object> change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applicationId", a.id);
        data.put("seekerId", a.seekerId);
        data.putAll(change);
        data.put("application", view);
        return data;
    }
}
