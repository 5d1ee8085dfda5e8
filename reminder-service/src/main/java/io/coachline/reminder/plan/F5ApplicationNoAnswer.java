package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * F5 (001): an application sent (APPLIED) with no answer for {@code applicationNoAnswerWorkingDays}
 * (10) working days after {@code appliedOn} (or the stage change when unknown), re-anchored on the
 * employer's last answer. A DECIDED answer means the stage is about to change: no F5.
 * Key {@code F5:<applicationId>} (+ {@code :since-<date>}).
 */
public final class F5ApplicationNoAnswer implements FollowUpRule {

    @Override
    public Rule rule() {
        return Rule.F5;
    }

    @Override
    public Set<Stage> stages() {
        return Set.of(Stage.APPLIED);
    }

    @Override
    public List<PlannedReminder> plan(PlanContext ctx) {
        Optional<Interaction> answer = ctx.lastAnswer();
        if (answer.isPresent() && answer.get().outcome() == Outcome.DECIDED) {
            return List.of();
        }
        LocalDate since = ctx.since();
        LocalDate due = ctx.calendar().plusWorkingDays(since, ctx.policy().applicationNoAnswerWorkingDays());
        String what = answer.isPresent() ? "Last heard from " + ctx.app().employer() + " on " + since
                : "Applied on " + since + " and no answer since";
        return List.of(new PlannedReminder(Rule.F5, due, "F5:" + ctx.app().applicationId() + ctx.cycleSuffix(),
                ctx.allContactIds(), null,
                what + ": check the status of your application for the " + ctx.app().position() + " position."));
    }
}
