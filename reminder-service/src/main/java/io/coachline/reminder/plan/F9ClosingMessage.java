package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * F9 (001, 002): {@code giveUpAfterUnansweredFollowUps} (3) follow-ups sent (outbound STATUS_CHECK or
 * QUESTION; THANK_YOU and the others do not count) with no answer since the first of them: send the
 * closing message. Due when the cool-down after the last follow-up ends (give it a week to be answered).
 * Key {@code F9:<applicationId>} (+ {@code :since-<date>}). {@link GiveUp} then stops status follow-ups.
 */
public final class F9ClosingMessage implements FollowUpRule {

    @Override
    public Rule rule() {
        return Rule.F9;
    }

    @Override
    public Set<Stage> stages() {
        return Set.of(Stage.APPLIED, Stage.INTERVIEW, Stage.ON_HOLD);
    }

    @Override
    public List<PlannedReminder> plan(PlanContext ctx) {
        List<Interaction> unanswered = ctx.unansweredFollowUps();
        if (!ctx.awaitingEmployer() || unanswered.size() < ctx.policy().giveUpAfterUnansweredFollowUps()) {
            return List.of();
        }
        LocalDate last = unanswered.get(unanswered.size() - 1).on();
        LocalDate due = ctx.calendar().nextWorkingDayOnOrAfter(last.plusDays(ctx.policy().coolDownDays()));
        return List.of(new PlannedReminder(Rule.F9, due, "F9:" + ctx.app().applicationId() + ctx.cycleSuffix(),
                ctx.allContactIds(), null,
                unanswered.size() + " follow-ups since " + unanswered.get(0).on() + " and no answer: send "
                        + ctx.app().employer() + " a short closing message and move on; you stay open if they call."));
    }
}
