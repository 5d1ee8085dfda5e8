package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Guard "give up" (001: "If you have followed up a few times, sought contact without getting an answer
 * ... drop that job and move on"; 002: "know when to give up").
 * <ul>
 *   <li>Once {@code giveUpAfterUnansweredFollowUps} follow-ups went unanswered (F9 is then planned), or a
 *       closing message was sent, no further status follow-up (F2 to F6) is planned. An answer starts a
 *       new waiting cycle and lifts this.</li>
 *   <li>Below that number, when every status follow-up of the cycle has been sent and none was answered,
 *       one more try is planned, so the count can actually reach the limit: the same rule as the last one,
 *       {@code statusWithoutDateMin} (7) working days after the last follow-up (002: "a week is the right
 *       period of time to wait"; ON_HOLD: {@code onHoldStatusWorkingDays}), key {@code <key>:try-<n>}.</li>
 * </ul>
 * When the seeker marks F9 done the application moves to NO_RESPONSE (tracker), where nothing is planned.
 */
public final class GiveUp {

    private GiveUp() {
    }

    /**
     * @param planned the reminders before {@link Superseded#closeAnswered} (to know the cycle's status follow-ups)
     * @param open    the reminders still open after it
     */
    public static List<PlannedReminder> apply(List<PlannedReminder> planned, List<PlannedReminder> open, PlanContext ctx) {
        List<Interaction> unanswered = ctx.unansweredFollowUps();
        int limit = ctx.policy().giveUpAfterUnansweredFollowUps();
        if (unanswered.size() >= limit || ctx.closingSent().isPresent()) {
            return open.stream().filter(r -> !r.rule().isStatusFollowUp()).toList();
        }
        List<PlannedReminder> cycle = planned.stream().filter(r -> r.rule().isStatusFollowUp())
                .sorted(Superseded.IN_DUE_ORDER).toList();
        boolean allSent = open.stream().noneMatch(r -> r.rule().isStatusFollowUp());
        if (cycle.isEmpty() || !allSent || unanswered.isEmpty()) {
            return open;
        }
        PlannedReminder last = cycle.get(cycle.size() - 1);
        LocalDate lastFollowUp = unanswered.get(unanswered.size() - 1).on();
        int interval = ctx.app().stage() == Stage.ON_HOLD
                ? ctx.policy().onHoldStatusWorkingDays() : ctx.policy().statusWithoutDateMin();
        LocalDate due = RespectTheDate.holdBack(ctx.calendar().plusWorkingDays(lastFollowUp, interval), ctx);
        int attempt = unanswered.size() + 1;
        List<PlannedReminder> out = new ArrayList<>(open);
        out.add(new PlannedReminder(last.rule(), due, last.key() + ":try-" + attempt, last.contactIds(),
                last.interviewId(), "Your follow-up on " + lastFollowUp + " got no answer: follow up once more ("
                        + attempt + " of " + limit + " before you let it go)."));
        return out;
    }
}
