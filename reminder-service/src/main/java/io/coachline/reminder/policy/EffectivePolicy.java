package io.coachline.reminder.policy;

import io.coachline.reminder.draft.TemplateOverrides;
import io.coachline.reminder.plan.FollowUpPolicy;
import io.coachline.reminder.plan.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Everything planning and dispatch need from a tenant's policy. */
public record EffectivePolicy(FollowUpPolicy numbers, WorkingCalendar calendar, int morningHour,
                              TemplateOverrides templates) {

    /** The instant a reminder of {@code day} falls due: the morning hour of that day in the seeker's zone. */
    public Instant dueAt(LocalDate day, ZoneId zone) {
        return day.atTime(morningHour, 0).atZone(zone).toInstant();
    }
}
