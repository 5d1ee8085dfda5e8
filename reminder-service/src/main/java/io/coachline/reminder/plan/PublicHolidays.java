package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.Set;

/** A base set of public holidays that can be computed for any year (e.g. {@link NorwegianHolidays}). */
@FunctionalInterface
public interface PublicHolidays {

    /** No public holidays at all: only weekends are non-working days. */
    PublicHolidays NONE = year -> Set.of();

    /** The holidays that fall in {@code year}. */
    Set<LocalDate> holidaysIn(int year);
}
