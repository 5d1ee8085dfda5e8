package io.coachline.reminder.api;

import io.coachline.reminder.draft.Draft;
import io.coachline.reminder.draft.WhyNow;
import io.coachline.reminder.reminders.Reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A reminder as the API shows it, with its draft in the seeker's language. */
public record ReminderView(UUID id, UUID applicationId, UUID seekerId, String rule, String key, LocalDate dueOn,
                           LocalDate snoozedUntil, String status, boolean overdue, List<String> contactIds,
                           String interviewId, String reason, Draft draft, Instant dispatchedAt, Instant createdAt,
                           Instant updatedAt) {

    /** {@code language}: the seeker's ("en" or "nb"), in which the reason is written like the draft. */
    public static ReminderView of(Reminder r, Draft draft, LocalDate today, String language) {
        return new ReminderView(r.id, r.applicationId, r.seekerId, r.rule, r.planKey, r.dueOn, r.snoozedUntil,
                r.status.name(), ReminderQueries.isOverdue(r, today), r.contacts(), r.interviewId,
                WhyNow.text(r.reason, language), draft, r.dispatchedAt, r.createdAt, r.updatedAt);
    }

    public record Page(List<ReminderView> items, String nextCursor) {
    }

    public record Snooze(LocalDate until) {
    }
}
