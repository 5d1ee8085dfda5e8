package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Norwegian public holidays for any year: 1 January, Maundy Thursday, Good Friday, Easter Sunday,
 * Easter Monday, 1 May, 17 May, Ascension Day (Easter + 39), Whit Sunday (+49), Whit Monday (+50),
 * 25 and 26 December. Easter is computed with the anonymous Gregorian computus.
 */
public final class NorwegianHolidays implements PublicHolidays {

    public static final NorwegianHolidays INSTANCE = new NorwegianHolidays();

    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private NorwegianHolidays() {
    }

    @Override
    public Set<LocalDate> holidaysIn(int year) {
        return byYear.computeIfAbsent(year, NorwegianHolidays::compute);
    }

    /** Easter Sunday of {@code year} (Gregorian calendar), by the anonymous Gregorian algorithm. */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static Set<LocalDate> compute(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(easter.minusDays(3)); // Maundy Thursday
        days.add(easter.minusDays(2)); // Good Friday
        days.add(easter);              // Easter Sunday
        days.add(easter.plusDays(1));  // Easter Monday
        days.add(LocalDate.of(year, Month.MAY, 1));
        days.add(LocalDate.of(year, Month.MAY, 17));
        days.add(easter.plusDays(39)); // Ascension Day
        days.add(easter.plusDays(49)); // Whit Sunday
        days.add(easter.plusDays(50)); // Whit Monday
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return Set.copyOf(days);
    }
}
