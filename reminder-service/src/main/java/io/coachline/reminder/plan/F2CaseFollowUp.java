package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * F2 (001): a few (3) working days after the last completed interview, if nothing was heard from the
 * employer since, a follow-up with a case: a question not raised in the interview, or something to add.
 * Key {@code F2:<interviewId>}. Only in INTERVIEW, only for the last interview, not when a next round is scheduled.
 */
public final class F2CaseFollowUp implements FollowUpRule {

    @Override
    public Rule rule() {
        return Rule.F2;
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
        if (ctx.lastAnswerAfter(interview.completedOn()).isPresent()) {
            return List.of(); // something was heard: no "if nothing was heard" follow-up
        }
        LocalDate due = ctx.calendar().plusWorkingDays(interview.completedOn(), ctx.policy().caseFollowUpAfterWorkingDays());
        return List.of(new PlannedReminder(Rule.F2, due, "F2:" + interview.id(), ctx.contactsFor(interview), interview.id(),
                "Nothing heard since the interview on " + interview.completedOn() + ": follow up with "
                        + ctx.names(ctx.contactsFor(interview))
                        + " with a case, a question the interview did not answer or something to add about yourself."));
    }
}
