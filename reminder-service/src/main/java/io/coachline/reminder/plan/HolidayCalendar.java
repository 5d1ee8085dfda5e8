package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A tenant's holidays: a computed base set plus the days the tenant added minus the days it removed
 * (a removed day wins over the base set; a day both added and removed counts as removed).
 */
public record HolidayCalendar(PublicHolidays base, Set<LocalDate> added, Set<LocalDate> removed) {

    public HolidayCalendar {
        Objects.requireNonNull(base, "base");
        added = added == null ? Set.of() : Set.copyOf(added);
        removed = removed == null ? Set.of() : Set.copyOf(removed);
    }

    public static HolidayCalendar of(PublicHolidays base) {
        return new HolidayCalendar(base, Set.of(), Set.of());
    }

    /** Norwegian public holidays, no tenant changes. */
    public static HolidayCalendar norway() {
        return of(NorwegianHolidays.INSTANCE);
    }

    public HolidayCalendar withAdded(LocalDate... days) {
        Set<LocalDate> more = new HashSet<>(added);
        more.addAll(Arrays.asList(days));
        return new HolidayCalendar(base, more, removed);
    }

    public HolidayCalendar withRemoved(LocalDate... days) {
        Set<LocalDate> more = new HashSet<>(removed);
        more.addAll(Arrays.asList(days));
        return new HolidayCalendar(base, added, more);
    }

    public boolean isHoliday(LocalDate day) {
        if (removed.contains(day)) {
            return false;
        }
        return added.contains(day) || base.holidaysIn(day.getYear()).contains(day);
    }

    /** The effective holidays of {@code year}, sorted. */
    public SortedSet<LocalDate> holidaysIn(int year) {
        SortedSet<LocalDate> days = new TreeSet<>(base.holidaysIn(year));
        added.stream().filter(d -> d.getYear() == year).forEach(days::add);
        days.removeAll(removed);
        return days;
    }
}
