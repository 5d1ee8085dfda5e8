package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Guard "superseded": what answers a reminder closes it.
 * <ul>
 *   <li><b>A new stage cancels what belonged to the old one</b>: a rule only runs in its
 *       {@link FollowUpRule#stages()} (OFFER, ACCEPTED, WITHDRAWN, NO_RESPONSE: no status checks;
 *       REJECTED: F7; REFERENCE_CHECK: F8; ON_HOLD: the slower F3).</li>
 *   <li><b>An answer cancels the pending "no answer" reminders</b>: F2 to F6 are computed from
 *       {@link PlanContext#since()}, the last answer, under a new key; the old ones disappear from the plan.</li>
 *   <li><b>A logged thank-you closes F1</b>: an outbound THANK_YOU on or after the interview to that
 *       contact, or to no contact in particular (then it closes every F1 of that interview).</li>
 *   <li><b>A logged status contact closes the status follow-up it stood for</b>: each follow-up sent in
 *       the current waiting cycle closes the earliest still open status reminder (F2 to F6).</li>
 *   <li>A logged FEEDBACK_REQUEST (on or after the rejection) closes F7; a logged CLOSING closes F9.</li>
 * </ul>
 */
public final class Superseded {

    private Superseded() {
    }

    /** The rules that belong to {@code stage}; the others' reminders are cancelled by the stage change. */
    public static List<FollowUpRule> rulesOfStage(List<FollowUpRule> rules, Stage stage) {
        return rules.stream().filter(r -> r.stages().contains(stage)).toList();
    }

    /** Drops the reminders that logged interactions have answered. */
    public static List<PlannedReminder> closeAnswered(List<PlannedReminder> planned, PlanContext ctx) {
        List<PlannedReminder> open = new ArrayList<>();
        for (PlannedReminder r : planned) {
            boolean closed = switch (r.rule()) {
                case F1 -> thankYouLogged(r, ctx);
                case F7 -> ctx.interactions().stream().anyMatch(i -> i.isOutbound()
                        && i.purpose() == Purpose.FEEDBACK_REQUEST && !i.on().isBefore(ctx.app().stageSince()));
                case F9 -> ctx.closingSent().isPresent();
                default -> false;
            };
            if (!closed) {
                open.add(r);
            }
        }
        int followUps = ctx.unansweredFollowUps().size();
        List<PlannedReminder> statusInOrder = open.stream()
                .filter(r -> r.rule().isStatusFollowUp())
                .sorted(IN_DUE_ORDER)
                .toList();
        open.removeAll(statusInOrder.subList(0, Math.min(followUps, statusInOrder.size())));
        return open;
    }

    static final Comparator<PlannedReminder> IN_DUE_ORDER =
            Comparator.comparing(PlannedReminder::dueOn).thenComparing(PlannedReminder::rule).thenComparing(PlannedReminder::key);

    private static boolean thankYouLogged(PlannedReminder r, PlanContext ctx) {
        LocalDate interviewDay = ctx.interview(r.interviewId()).map(Interview::completedOn).orElse(LocalDate.MIN);
        return ctx.interactions().stream()
                .filter(i -> i.isOutbound() && i.purpose() == Purpose.THANK_YOU && !i.on().isBefore(interviewDay))
                .anyMatch(i -> i.contactId() == null || r.contactIds().isEmpty() || r.contactIds().contains(i.contactId()));
    }
}
