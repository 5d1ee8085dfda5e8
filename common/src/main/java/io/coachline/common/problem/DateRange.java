package io.coachline.common.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates Coachline accepts anywhere (bodies, query parameters, CSV, cursors): 1900-01-01 to
 * 2200-12-31. Wide enough for any real job search, narrow enough that PostgreSQL can store every
 * day and every instant the planner derives from it (years like +999999999 or -99999 cannot).
 */
public final class DateRange {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2200, 12, 31);
    public static final String MESSAGE = "Must be a date from " + MIN + " to " + MAX + ".";

    private static final Instant MIN_INSTANT = MIN.atStartOfDay().toInstant(ZoneOffset.ofHours(14));
    private static final Instant MAX_INSTANT = MAX.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(-14));

    private DateRange() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(MIN) && !day.isAfter(MAX);
    }

    public static boolean contains(Instant at) {
        return !at.isBefore(MIN_INSTANT) && at.isBefore(MAX_INSTANT);
    }

    /** The day, or a 400 naming the field. */
    public static LocalDate check(String field, LocalDate day) {
        if (day != null && !contains(day)) {
            throw ProblemException.invalid(field, MESSAGE);
        }
        return day;
    }

    /** The instant, or a 400 naming the field. */
    public static Instant check(String field, Instant at) {
        if (at != null && !contains(at)) {
            throw ProblemException.invalid(field, MESSAGE);
        }
        return at;
    }
}
