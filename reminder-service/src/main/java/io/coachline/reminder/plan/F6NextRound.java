package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * F6 (000): round N was completed, the stage is still INTERVIEW and no round N+1 is scheduled within
 * {@code nextRoundExpectedWorkingDays} (10) working days: a status call about the next round. Anchored
 * on the interview, re-anchored on the last answer (including a DECIDED answer while the stage stays
 * INTERVIEW: "you go on to the next round"). Key {@code F6:<interviewId>} (+ {@code :since-<date>}).
 */
public final class F6NextRound implements FollowUpRule {

    @Override
    public Rule rule() {
        return Rule.F6;
    }

    @Override
    public Set<Stage> stages() {
        return Set.of(Stage.INTERVIEW);
    }

    @Override
    public List<PlannedReminder> plan(PlanContext ctx) {
        if (!ctx.awaitingEmployer()) {
            return List.of();
        }
        Interview interview = ctx.latestCompletedInterview().orElseThrow();
        LocalDate due = ctx.calendar().plusWorkingDays(ctx.since(), ctx.policy().nextRoundExpectedWorkingDays());
        return List.of(new PlannedReminder(Rule.F6, due, "F6:" + interview.id() + ctx.cycleSuffix(),
                ctx.contactsFor(interview), interview.id(),
                "Round " + interview.round() + " on " + interview.completedOn() + " and no round "
                        + (interview.round() + 1) + " scheduled: call " + ctx.names(ctx.contactsFor(interview))
                        + " about the next round."));
    }
}
