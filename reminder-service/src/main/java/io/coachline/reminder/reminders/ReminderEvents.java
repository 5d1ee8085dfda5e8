package io.coachline.reminder.reminders;

import io.coachline.common.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/** Publishes reminder state changes to reminder.events through the outbox, keyed by application id. */
@ApplicationScoped
public class ReminderEvents {

    public static final String SCHEDULED = "reminder.reminder.scheduled.v1";
    public static final String DUE = "reminder.reminder.due.v1";
    public static final String DONE = "reminder.reminder.done.v1";
    public static final String SNOOZED = "reminder.reminder.snoozed.v1";
    public static final String DISMISSED = "reminder.reminder.dismissed.v1";
    public static final String CANCELLED = "reminder.reminder.cancelled.v1";
    public static final String MISSED = "reminder.reminder.missed.v1";

    @Inject
    Outbox outbox;

    public void publish(Reminder r, String type) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reminderId", r.id);
        data.put("applicationId", r.applicationId);
        data.put("seekerId", r.seekerId);
        data.put("rule", r.rule);
        data.put("key", r.planKey);
        data.put("dueOn", r.dueOn.toString());
        data.put("snoozedUntil", r.snoozedUntil == null ? null : r.snoozedUntil.toString());
        data.put("status", r.status.name());
        data.put("contactIds", r.contacts());
        outbox.publish(r.tenantId, r.applicationId.toString(), type, r.id.toString(), data);
    }
}
