package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar norway = WorkingCalendar.norway();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
            "2026-11-19, 1, 2026-11-20, Thursday to Friday",
            "2026-11-20, 1, 2026-11-23, Friday to Monday over the weekend",
            "2026-11-19, 3, 2026-11-24, three working days",
            "2026-11-19, 7, 2026-11-30, seven working days",
            "2026-04-01, 1, 2026-04-07, Easter: Maundy Thursday to Easter Monday skipped",
            "2026-12-23, 1, 2026-12-24, Christmas Eve is a working day by law",
            "2026-12-24, 1, 2026-12-28, Christmas Day and Boxing Day skipped",
            "2026-12-31, 1, 2027-01-04, New Year's Day skipped",
            "2026-04-30, 1, 2026-05-04, 1 May skipped",
            "2026-05-13, 1, 2026-05-15, Ascension Day skipped",
            "2026-05-22, 1, 2026-05-26, Whit Monday skipped",
            "2027-05-14, 1, 2027-05-18, 17 May on a Monday skipped",
            "2026-11-21, 1, 2026-11-23, from a Saturday the start day never counts",
            "2026-11-21, 0, 2026-11-23, zero days from a Saturday is the next working day",
            "2026-11-19, 0, 2026-11-19, zero days from a working day is that day",
    })
    void plusWorkingDaysSkipsWeekendsAndHolidays(String from, int n, String expected, String why) {
        assertEquals(d(expected), norway.plusWorkingDays(d(from), n), why);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            "2026-11-19, true",
            "2026-11-21, false",
            "2026-11-22, false",
            "2026-04-02, false",
            "2026-04-03, false",
            "2026-04-06, false",
            "2026-04-07, true",
            "2026-12-24, true",
            "2026-12-25, false",
            "2027-05-17, false",
    })
    void isWorkingDayKnowsWeekendsAndHolidays(String day, boolean working) {
        assertEquals(working, norway.isWorkingDay(d(day)));
    }

    @ParameterizedTest(name = "next working day on or after {0} is {1}")
    @CsvSource({
            "2026-11-19, 2026-11-19",
            "2026-11-21, 2026-11-23",
            "2026-04-03, 2026-04-07",
            "2026-12-25, 2026-12-28",
    })
    void nextWorkingDayOnOrAfterStaysOnAWorkingDay(String day, String expected) {
        assertEquals(d(expected), norway.nextWorkingDayOnOrAfter(d(day)));
    }

    @Test
    void tenantAddedHolidayIsSkipped() {
        WorkingCalendar tenant = new WorkingCalendar(HolidayCalendar.norway().withAdded(d("2026-12-24"), d("2026-12-31")));
        assertFalse(tenant.isWorkingDay(d("2026-12-24")));
        assertEquals(d("2026-12-28"), tenant.plusWorkingDays(d("2026-12-23"), 1));
        assertEquals(d("2027-01-04"), tenant.plusWorkingDays(d("2026-12-30"), 1));
    }

    @Test
    void tenantRemovedHolidayIsAWorkingDay() {
        WorkingCalendar tenant = new WorkingCalendar(HolidayCalendar.norway().withRemoved(d("2026-05-14")));
        assertTrue(tenant.isWorkingDay(d("2026-05-14")));
        assertEquals(d("2026-05-14"), tenant.plusWorkingDays(d("2026-05-13"), 1));
        assertFalse(tenant.holidays().holidaysIn(2026).contains(d("2026-05-14")));
    }

    @Test
    void aDayBothAddedAndRemovedCountsAsRemoved() {
        HolidayCalendar tenant = HolidayCalendar.norway().withAdded(d("2026-11-20")).withRemoved(d("2026-11-20"));
        assertFalse(tenant.isHoliday(d("2026-11-20")));
    }

    @Test
    void withoutHolidaysOnlyWeekendsAreSkipped() {
        WorkingCalendar plain = new WorkingCalendar(HolidayCalendar.of(PublicHolidays.NONE));
        assertEquals(d("2026-04-02"), plain.plusWorkingDays(d("2026-04-01"), 1));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd() {
        assertEquals(7, norway.workingDaysBetween(d("2026-11-19"), d("2026-11-30")));
        assertEquals(0, norway.workingDaysBetween(d("2026-11-19"), d("2026-11-19")));
        assertEquals(1, norway.workingDaysBetween(d("2026-04-01"), d("2026-04-07")));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> norway.plusWorkingDays(d("2026-11-19"), -1));
    }
}
