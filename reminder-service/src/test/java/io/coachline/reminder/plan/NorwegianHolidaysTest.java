package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is on {1}")
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2000, 2000-04-23",
            "2019, 2019-04-21",
            "2038, 2038-04-25", // latest possible
            "2285, 2285-03-22", // earliest possible
    })
    void easterSundayFollowsTheGregorianComputus(int year, String easter) {
        assertEquals(d(easter), NorwegianHolidays.easterSunday(year));
    }

    @Test
    void holidaysOf2026AreTheTwelveNorwegianPublicHolidays() {
        Set<LocalDate> expected = new TreeSet<>(Set.of(
                d("2026-01-01"), d("2026-04-02"), d("2026-04-03"), d("2026-04-05"), d("2026-04-06"),
                d("2026-05-01"), d("2026-05-14"), d("2026-05-17"), d("2026-05-24"), d("2026-05-25"),
                d("2026-12-25"), d("2026-12-26")));
        assertEquals(expected, new TreeSet<>(NorwegianHolidays.INSTANCE.holidaysIn(2026)));
    }

    @ParameterizedTest(name = "{0} is a holiday ({1})")
    @CsvSource({
            "2026-04-02, Maundy Thursday",
            "2026-04-03, Good Friday",
            "2026-04-06, Easter Monday",
            "2026-05-14, Ascension Day",
            "2026-05-25, Whit Monday",
            "2027-05-17, Constitution Day",
            "2024-03-28, Maundy Thursday 2024",
            "2025-04-21, Easter Monday 2025",
            "2027-05-06, Ascension Day 2027",
            "2099-12-26, Boxing Day in any year",
            "2150-01-01, New Year in any year",
    })
    void movableAndFixedHolidaysAreKnownForAnyYear(String day, String name) {
        assertTrue(NorwegianHolidays.INSTANCE.holidaysIn(d(day).getYear()).contains(d(day)), name);
    }

    @ParameterizedTest(name = "{0} is not a public holiday")
    @CsvSource({"2026-12-24", "2026-12-31", "2026-04-04", "2026-11-19"})
    void christmasEveNewYearsEveAndHolySaturdayAreNotPublicHolidays(String day) {
        assertFalse(NorwegianHolidays.INSTANCE.holidaysIn(d(day).getYear()).contains(d(day)));
    }
}
