package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The follow-up planner: a pure function from one application's state to the reminders that should
 * exist for it now. It reads like domain.md: the rules table, then the guards.
 *
 * <p><b>Keep searching</b> (000, 002): the plan of one application is computed from that application
 * alone, so a promising process can never pause or suppress the others (and the soft limit of open
 * applications is a warning elsewhere, never an input here). The one exception is the cool-down, which is
 * about the employer: it is given the seeker's outbound contacts with the same employer on other applications.
 *
 * <p><b>Today</b>: only facts dated up to {@code today} count. Reminders are never dropped or moved
 * because their date has passed: an overdue reminder keeps its date, so the result for the same input
 * is always the same and shows how late it is.
 */
public final class FollowUpPlanner {

    /** The rules table of domain.md, in order. */
    public static final List<FollowUpRule> RULES = List.of(
            new F1ThankYou(),
            new F2CaseFollowUp(),
            new F3StatusWithoutDate(),
            new F4StatusAfterDecisionDate(),
            new F5ApplicationNoAnswer(),
            new F6NextRound(),
            new F7FeedbackRequest(),
            new F8PrepareReferences(),
            new F9ClosingMessage());

    private static final Comparator<PlannedReminder> ORDER = Superseded.IN_DUE_ORDER;

    private FollowUpPlanner() {
    }

    public static List<PlannedReminder> plan(ApplicationState app, FollowUpPolicy policy, WorkingCalendar calendar,
                                             LocalDate today) {
        return plan(app, policy, calendar, today, List.of());
    }

    /**
     * @param employerContacts days of the seeker's outbound contacts with the same employer on their other
     *                         applications (see {@link PlanContext}); only the cool-down reads them
     */
    public static List<PlannedReminder> plan(ApplicationState app, FollowUpPolicy policy, WorkingCalendar calendar,
                                             LocalDate today, List<LocalDate> employerContacts) {
        PlanContext ctx = new PlanContext(app, policy, calendar, today, employerContacts);

        List<PlannedReminder> planned = new ArrayList<>();
        for (FollowUpRule rule : Superseded.rulesOfStage(RULES, app.stage())) { // a new stage cancels the old one's
            planned.addAll(rule.plan(ctx));                                     // F1..F9 at their nominal dates
        }
        planned = RespectTheDate.apply(planned, ctx);                  // nothing about status before the date
        List<PlannedReminder> open = Superseded.closeAnswered(planned, ctx); // what was done or answered is closed
        open = GiveUp.apply(planned, open, ctx);                       // one more try, or let it go after F9
        open = CoolDown.apply(open, ctx);                              // not twice within a week

        return open.stream().sorted(ORDER).toList();
    }
}
