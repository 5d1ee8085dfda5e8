package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Guard "cool-down" (002: "Do not call them twice or three times in one week"): no two outbound
 * contacts with the employer within {@code coolDownDays} (7) calendar days. A status follow-up (F2 to
 * F6) or closing message (F9) due inside the cool-down of the last logged outbound contact moves to its
 * end: the first working day on or after that contact + 7 days.
 *
 * <p>Thank-you notes neither start a cool-down nor wait for one (001 asks for a thank-you the day after
 * and a follow-up a few days later); the feedback request F7 is not held either (003 asks for it in the
 * same conversation that brings the rejection). The cool-down is per <b>employer</b>: a contact logged on
 * another of the seeker's applications to the same employer ({@link EmployerName}) counts as well.
 */
public final class CoolDown {

    private CoolDown() {
    }

    public static List<PlannedReminder> apply(List<PlannedReminder> open, PlanContext ctx) {
        Optional<LocalDate> last = ctx.lastOutboundContact();
        if (last.isEmpty()) {
            return open;
        }
        LocalDate end = endOfCoolDown(last.get(), ctx);
        return open.stream()
                .map(r -> appliesTo(r.rule()) && r.dueOn().isBefore(end) ? r.withDueOn(end) : r)
                .toList();
    }

    /** First working day on or after {@code lastContact + coolDownDays}. */
    public static LocalDate endOfCoolDown(LocalDate lastContact, PlanContext ctx) {
        return ctx.calendar().nextWorkingDayOnOrAfter(lastContact.plusDays(ctx.policy().coolDownDays()));
    }

    static boolean appliesTo(Rule rule) {
        return rule.isStatusFollowUp() || rule == Rule.F9;
    }
}
