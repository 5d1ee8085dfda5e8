package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * F3 (002, 003): no decision date given, a status call 7 working days after the last completed
 * interview (window 7–10), or after the employer's last answer when one came since (re-anchored).
 * Key {@code F3:<interviewId>} (+ {@code :since-<date>} after an answer).
 *
 * <p>ON_HOLD (000): the employer keeps the seeker on standby, so the same status call comes slower:
 * {@code onHoldStatusWorkingDays} (10) after the later of the stage change and the last answer.
 * Key {@code F3:<applicationId>:on-hold} (+ suffix). When a decision date applies, F4 stands instead.
 */
public final class F3StatusWithoutDate implements FollowUpRule {

    @Override
    public Rule rule() {
        return Rule.F3;
    }

    @Override
    public Set<Stage> stages() {
        return Set.of(Stage.INTERVIEW, Stage.ON_HOLD);
    }

    @Override
    public List<PlannedReminder> plan(PlanContext ctx) {
        if (!ctx.awaitingEmployer() || F4StatusAfterDecisionDate.decisionDateApplies(ctx)) {
            return List.of();
        }
        Optional<Interaction> answer = ctx.lastAnswer();
        LocalDate since = ctx.since();
        if (ctx.app().stage() == Stage.ON_HOLD) {
            LocalDate due = ctx.calendar().plusWorkingDays(since, ctx.policy().onHoldStatusWorkingDays());
            return List.of(new PlannedReminder(Rule.F3, due,
                    "F3:" + ctx.app().applicationId() + ":on-hold" + ctx.cycleSuffix(), ctx.allContactIds(), null,
                    "On standby since " + since + ": check the status of the " + ctx.app().position()
                            + " position, and keep applying elsewhere."));
        }
        if (answer.isPresent() && answer.get().outcome() == Outcome.DECIDED) {
            return List.of(); // decided: the stage is about to change; F6 covers "passed, wait for the next round"
        }
        Interview interview = ctx.latestCompletedInterview().orElseThrow();
        LocalDate due = ctx.calendar().plusWorkingDays(since, ctx.policy().statusWithoutDateMin());
        LocalDate latest = ctx.calendar().plusWorkingDays(since, ctx.policy().statusWithoutDateMax());
        String what = answer.isPresent()
                ? "Last answer on " + since + " gave no decision date"
                : "Interview on " + interview.completedOn() + " and no decision date given";
        return List.of(new PlannedReminder(Rule.F3, due, "F3:" + interview.id() + ctx.cycleSuffix(),
                ctx.contactsFor(interview), interview.id(),
                what + ": call " + ctx.names(ctx.contactsFor(interview)) + " for the status between " + due + " and "
                        + latest + ", and ask when a decision is expected."));
    }
}
