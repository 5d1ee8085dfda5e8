package io.coachline.reminder.plan;

import java.util.List;
import java.util.Set;

/**
 * One row of the rules table: in which stages it applies and which reminders it asks for, at their
 * nominal dates. Rules do not look at what closes them (that is {@link Superseded}) nor at the guards
 * that move them ({@link RespectTheDate}, {@link CoolDown}, {@link GiveUp}).
 */
public interface FollowUpRule {

    Rule rule();

    /** The stages in which this rule applies; in any other stage its reminders are cancelled. */
    Set<Stage> stages();

    /** The reminders this rule asks for, before the guards. Only called in one of {@link #stages()}. */
    List<PlannedReminder> plan(PlanContext ctx);
}
