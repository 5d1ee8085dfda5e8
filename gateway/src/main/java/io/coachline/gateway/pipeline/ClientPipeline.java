package io.coachline.gateway.pipeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One client's row of {@code GET /api/coach/pipelines}. A number is {@code null} when the service that knows it
 * did not answer (the page then has {@code partial: true}).
 *
 * @param stageCounts        applications per stage (tracker)
 * @param overdueReminders   open reminders whose day has passed (reminder)
 * @param dueReminders       reminders due today or overdue, i.e. status {@code DUE} (reminder)
 * @param nextReminderDueOn  the earliest day an open reminder falls due (reminder)
 * @param lastActivityAt     the latest of: an application changed (tracker), feedback recorded (feedback)
 * @param lastFeedback       the newest feedback entry (feedback)
 */
public record ClientPipeline(UUID seekerId, String displayName, String email, UUID coachId,
                             Map<String, Long> stageCounts, Long activeApplications, Integer overdueReminders,
                             Integer dueReminders, String nextReminderDueOn, String lastActivityAt,
                             LastFeedback lastFeedback) {

    public record LastFeedback(UUID id, UUID applicationId, String outcome, String stageReached,
                               String rejectionReason, String createdAt) {
    }

    /** The whole answer: one row per client the caller may see, and whether some service was missing. */
    public record Page(List<ClientPipeline> items, boolean partial, List<String> unavailable) {
    }
}
