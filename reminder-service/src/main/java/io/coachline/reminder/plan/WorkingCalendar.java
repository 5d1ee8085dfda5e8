package io.coachline.reminder.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** Working days: Monday to Friday, except the tenant's holidays. */
public final class WorkingCalendar {

    private final HolidayCalendar holidays;

    public WorkingCalendar(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** Norwegian public holidays, no tenant changes. */
    public static WorkingCalendar norway() {
        return new WorkingCalendar(HolidayCalendar.norway());
    }

    public HolidayCalendar holidays() {
        return holidays;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code date} itself never counts, whatever day
     * it is). {@code n = 0} gives {@link #nextWorkingDayOnOrAfter(LocalDate)}.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        if (n == 0) {
            return nextWorkingDayOnOrAfter(date);
        }
        LocalDate day = date;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Number of working days in {@code (from, to]}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
