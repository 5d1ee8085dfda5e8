package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * F7 (001, 002, 003): rejected (or the job went to someone else), ask for feedback once, the next
 * working day after the rejection (the stage change); thank them again and ask about other vacancies.
 * Addressed to the last panel, else to every contact. Key {@code F7:<applicationId>}.
 */
public final class F7FeedbackRequest implements FollowUpRule {

    @Override
    public Rule rule() {
        return Rule.F7;
    }

    @Override
    public Set<Stage> stages() {
        return Set.of(Stage.REJECTED);
    }

    @Override
    public List<PlannedReminder> plan(PlanContext ctx) {
        LocalDate rejectedOn = ctx.app().stageSince();
        LocalDate due = ctx.calendar().plusWorkingDays(rejectedOn, 1);
        List<String> contacts = ctx.latestCompletedInterview().map(ctx::contactsFor).orElseGet(ctx::allContactIds);
        return List.of(new PlannedReminder(Rule.F7, due, "F7:" + ctx.app().applicationId(), contacts,
                ctx.latestCompletedInterview().map(Interview::id).orElse(null),
                "Rejected on " + rejectedOn + ": ask " + ctx.names(contacts)
                        + " what would have made you a better candidate, thank them again and ask about other vacancies."));
    }
}
