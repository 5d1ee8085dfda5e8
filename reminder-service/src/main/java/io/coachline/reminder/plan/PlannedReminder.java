package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A reminder that should exist for an application now.
 *
 * @param rule       which rule asks for it
 * @param dueOn      the day it is due (may be in the past: overdue)
 * @param key        identifies the reminder across re-plans of the same application, e.g.
 *                   {@code F1:<interviewId>:<contactId>}, {@code F3:<interviewId>}, {@code F5:<applicationId>};
 *                   a new waiting cycle after an answer gets a {@code :since-<date>} suffix, a further try
 *                   a {@code :try-<n>} suffix, so a reminder closed earlier is never resurrected under its old key
 * @param contactIds whom to contact (empty when nobody in particular)
 * @param interviewId the interview it is about, or null
 * @param reason     one sentence the seeker can read
 */
public record PlannedReminder(Rule rule, LocalDate dueOn, String key, List<String> contactIds, String interviewId,
                              String reason) {
    public PlannedReminder {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
        contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
    }

    public PlannedReminder withDueOn(LocalDate newDueOn) {
        return new PlannedReminder(rule, newDueOn, key, contactIds, interviewId, reason);
    }
}
