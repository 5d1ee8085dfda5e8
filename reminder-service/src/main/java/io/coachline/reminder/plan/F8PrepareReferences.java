package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * F8 (000): the reference check started (stage REFERENCE_CHECK): prepare the references the next
 * working day; an offer usually follows. A task for the seeker, not a contact with the employer.
 * Key {@code F8:<applicationId>}.
 */
public final class F8PrepareReferences implements FollowUpRule {

    @Override
    public Rule rule() {
        return Rule.F8;
    }

    @Override
    public Set<Stage> stages() {
        return Set.of(Stage.REFERENCE_CHECK);
    }

    @Override
    public List<PlannedReminder> plan(PlanContext ctx) {
        LocalDate started = ctx.app().stageSince();
        LocalDate due = ctx.calendar().plusWorkingDays(started, 1);
        return List.of(new PlannedReminder(Rule.F8, due, "F8:" + ctx.app().applicationId(), List.of(), null,
                "Reference check for the " + ctx.app().position() + " position started on " + started
                        + ": brief your references; an offer usually follows."));
    }
}
