package io.coachline.tracker.application;

import io.coachline.common.problem.DateRange;
import io.coachline.common.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * When a fact happened, as opposed to when it was typed in (issue 15): the stage history and the
 * interview dates carry these, and the follow-up planner counts from them. Plain Java, no clock of
 * its own: callers pass {@code now}.
 */
public final class FactDates {

    /** Phones and laptops are a little off; a fact "from the future" within this is taken as now. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private FactDates() {
    }

    /**
     * When an application created as APPLIED reached that stage: the start of {@code appliedOn} in
     * the seeker's zone when that day is past, otherwise now (typed in on the day it was sent).
     */
    public static Instant applied(LocalDate appliedOn, ZoneId zone, Instant now) {
        if (appliedOn == null || !appliedOn.isBefore(now.atZone(zone).toLocalDate())) {
            return now;
        }
        return appliedOn.atStartOfDay(zone).toInstant();
    }

    /**
     * The {@code at} of a manual stage move: absent means now; an instant is taken as it is; a date
     * means that day (today: now; a past day: its start in the seeker's zone, or just after the
     * previous move when that was on the same day). Never ahead of now (beyond the clock skew), never
     * before the previous move: both answer 400 naming {@code at}.
     */
    public static Instant move(String at, ZoneId zone, Instant now, Instant previous) {
        Instant when;
        if (at == null || at.isBlank()) {
            when = now;
        } else if (at.strip().length() == 10) {
            LocalDate day = parse(at.strip(), LocalDate::parse);
            DateRange.check("at", day);
            LocalDate today = now.atZone(zone).toLocalDate();
            if (day.isAfter(today)) {
                throw ProblemException.invalid("at", "Is after today: a stage move is recorded once it happened.");
            }
            when = day.equals(today) ? now : day.atStartOfDay(zone).toInstant();
            if (previous != null && when.isBefore(previous) && previous.atZone(zone).toLocalDate().equals(day)) {
                when = previous.plusSeconds(1); // same day as the previous move: keep the order
            }
        } else {
            when = parse(at.strip(), OffsetDateTime::parse).toInstant();
            DateRange.check("at", when);
            if (when.isAfter(now.plus(CLOCK_SKEW))) {
                throw ProblemException.invalid("at", "Is in the future: a stage move is recorded once it happened.");
            }
            if (when.isAfter(now)) {
                when = now;
            }
        }
        if (previous != null && when.isBefore(previous)) {
            throw ProblemException.invalid("at", "Is before the application's previous stage change ("
                    + previous.atZone(zone).toLocalDate() + "); stage moves are recorded in the order they happened.");
        }
        return when;
    }

    /**
     * When booking an interview moved the application to INTERVIEW: the interview's time when it is
     * past (an interview logged after it took place), now for one ahead; never before the previous move.
     */
    public static Instant interviewReached(Instant scheduledAt, Instant now, Instant previous) {
        Instant when = scheduledAt.isBefore(now) ? scheduledAt : now;
        return previous != null && when.isBefore(previous) ? previous : when;
    }

    /**
     * When a completed interview was held: as given, else its scheduled time (or now, if that is still
     * ahead). Not in the future, not more than a day before it was scheduled: 400 naming {@code field}.
     */
    public static Instant held(OffsetDateTime given, Instant scheduledAt, Instant now, String field) {
        if (given == null) {
            return scheduledAt.isBefore(now) ? scheduledAt : now;
        }
        Instant when = given.toInstant();
        if (when.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid(field, "Is in the future: an interview is completed once it was held.");
        }
        if (when.isBefore(scheduledAt.minus(Duration.ofDays(1)))) {
            throw ProblemException.invalid(field, "Is more than a day before the interview was scheduled.");
        }
        return when;
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("at", "Must be a date (2026-11-02) or a date and time with offset "
                    + "(2026-11-02T10:00:00+01:00).");
        }
    }
}
