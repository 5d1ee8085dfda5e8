package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * F4 (002, 003): a decision date was given, a status call {@code afterDecisionDateWorkingDays} (1, at
 * most 2) working days after that date, never before it. Key {@code F4:<interviewId>} (+ {@code :since-<date>}
 * after an answer). The date applies while no answer came after it; an answer after the date without
 * a new date hands over to F3 (a NEW_DATE_GIVEN answer is expected to have updated the interview's date).
 */
public final class F4StatusAfterDecisionDate implements FollowUpRule {

    @Override
    public Rule rule() {
        return Rule.F4;
    }

    @Override
    public Set<Stage> stages() {
        return Set.of(Stage.INTERVIEW, Stage.ON_HOLD);
    }

    /** The last interview has a decision date, and no answer came after it (nor a DECIDED one before). */
    static boolean decisionDateApplies(PlanContext ctx) {
        Optional<LocalDate> date = ctx.decisionDate();
        if (date.isEmpty()) {
            return false;
        }
        Optional<Interaction> answer = ctx.lastAnswer();
        return answer.isEmpty()
                || (!answer.get().on().isAfter(date.get()) && answer.get().outcome() != Outcome.DECIDED);
    }

    @Override
    public List<PlannedReminder> plan(PlanContext ctx) {
        if (!ctx.awaitingEmployer() || !decisionDateApplies(ctx)) {
            return List.of();
        }
        Interview interview = ctx.latestCompletedInterview().orElseThrow();
        LocalDate date = interview.decisionExpectedBy();
        LocalDate due = ctx.calendar().plusWorkingDays(date, ctx.policy().afterDecisionDateWorkingDays());
        return List.of(new PlannedReminder(Rule.F4, due, "F4:" + interview.id() + ctx.cycleSuffix(),
                ctx.contactsFor(interview), interview.id(),
                "A decision was promised by " + date + ": call " + ctx.names(ctx.contactsFor(interview))
                        + " for the status on " + due + ", not before."));
    }
}
