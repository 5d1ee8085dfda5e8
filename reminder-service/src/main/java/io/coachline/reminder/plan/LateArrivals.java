package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * History logged after the fact must not flood Today (docs/follow-up-rules.md, "Late arrivals"). A
 * reminder that the plan asks for for the first time when its day has already passed is a <em>late
 * arrival</em>. Per application only the most relevant overdue step stays open: the one due last (with
 * everything due that same day, such as a thank-you to each panel member). Late arrivals due before
 * it were missed: they are stored closed as MISSED, visible but never in Today or the mail.
 *
 * <p>Reminders the seeker already had (scheduled before their day came) are never closed this way: an
 * overdue reminder keeps its date and stays open until the seeker or a new fact closes it.
 */
public final class LateArrivals {

    private LateArrivals() {
    }

    /**
     * @param plan  the application's plan
     * @param today the seeker's today
     * @param known whether a planned key is already stored for this application (in a status other than CANCELLED)
     * @return the keys of late arrivals to store as MISSED
     */
    public static Set<String> missed(List<PlannedReminder> plan, LocalDate today, Predicate<String> known) {
        LocalDate current = plan.stream().map(PlannedReminder::dueOn).filter(d -> d.isBefore(today))
                .max(LocalDate::compareTo).orElse(null);
        if (current == null) {
            return Set.of();
        }
        return plan.stream()
                .filter(p -> p.dueOn().isBefore(current) && !known.test(p.key()))
                .map(PlannedReminder::key)
                .collect(Collectors.toUnmodifiableSet());
    }
}
