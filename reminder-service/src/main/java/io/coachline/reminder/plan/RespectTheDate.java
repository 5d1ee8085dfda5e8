package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Guard "respect the date" (002: "If you are given a time ... you should respect it and not try to
 * find anything out before the concerned date"; 003: "call a day or two after that").
 *
 * <p>When the last interview has a decision date, no status follow-up (F2, F3, F5, F6, and the
 * closing message F9) falls on or before it:
 * <ul>
 *   <li>if F4 is planned, a status follow-up due on or before F4 is folded into it (F4 is that call);</li>
 *   <li>otherwise it is held back to {@code afterDecisionDateWorkingDays} working days after the date.</li>
 * </ul>
 * The thank-you note (F1), the feedback request (F7) and the reference checklist (F8) are not held back.
 */
public final class RespectTheDate {

    private RespectTheDate() {
    }

    public static List<PlannedReminder> apply(List<PlannedReminder> planned, PlanContext ctx) {
        if (ctx.decisionDate().isEmpty()) {
            return planned;
        }
        Optional<PlannedReminder> f4 = planned.stream().filter(r -> r.rule() == Rule.F4).findFirst();
        List<PlannedReminder> out = new ArrayList<>();
        for (PlannedReminder r : planned) {
            if (!isHeldBack(r.rule())) {
                out.add(r);
            } else if (r.rule() != Rule.F9 && f4.isPresent() && !r.dueOn().isAfter(f4.get().dueOn())) {
                // folded into F4: the call after the date is the status follow-up this one stood for
            } else {
                out.add(r.withDueOn(holdBack(r.dueOn(), ctx)));
            }
        }
        return out;
    }

    /** {@code due}, or the first day allowed after the decision date when {@code due} is on or before it. */
    public static LocalDate holdBack(LocalDate due, PlanContext ctx) {
        Optional<LocalDate> date = ctx.decisionDate();
        if (date.isEmpty() || due.isAfter(date.get())) {
            return due;
        }
        return ctx.calendar().plusWorkingDays(date.get(), ctx.policy().afterDecisionDateWorkingDays());
    }

    static boolean isHeldBack(Rule rule) {
        return rule == Rule.F2 || rule == Rule.F3 || rule == Rule.F5 || rule == Rule.F6 || rule == Rule.F9;
    }
}
