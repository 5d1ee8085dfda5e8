package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * F1 (000, 001, 002, 003, 004): the working day after each completed interview (policy: +1, a tenant
 * may choose +2), a thank-you note to <b>each</b> member of the panel. Key {@code F1:<interviewId>:<contactId>};
 * an interview without a known panel gets one reminder {@code F1:<interviewId>}.
 * Applies in every stage but WITHDRAWN and NO_RESPONSE (002: a thank-you "regardless of the outcome").
 */
public final class F1ThankYou implements FollowUpRule {

    @Override
    public Rule rule() {
        return Rule.F1;
    }

    @Override
    public Set<Stage> stages() {
        return EnumSet.complementOf(EnumSet.of(Stage.WITHDRAWN, Stage.NO_RESPONSE));
    }

    @Override
    public List<PlannedReminder> plan(PlanContext ctx) {
        List<PlannedReminder> out = new ArrayList<>();
        ctx.completedInterviews().forEach(interview -> {
            LocalDate due = ctx.calendar().plusWorkingDays(interview.completedOn(), ctx.policy().thankYouAfterWorkingDays());
            String position = ctx.app().position();
            if (interview.panelContactIds().isEmpty()) {
                out.add(new PlannedReminder(Rule.F1, due, "F1:" + interview.id(), List.of(), interview.id(),
                        "Interview on " + interview.completedOn() + ": thank each interviewer by " + due
                                + ", restating your interest in the " + position + " position."));
                return;
            }
            for (String contactId : interview.panelContactIds()) {
                String name = ctx.contactName(contactId);
                out.add(new PlannedReminder(Rule.F1, due, "F1:" + interview.id() + ":" + contactId, List.of(contactId),
                        interview.id(),
                        "Interview on " + interview.completedOn() + " with " + name + ": thank " + name + " by " + due
                                + ", restating your interest in the " + position + " position."));
            }
        });
        return out;
    }
}
