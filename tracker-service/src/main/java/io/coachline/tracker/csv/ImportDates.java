package io.coachline.tracker.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and timestamps of an imported file (docs/csv-format.md, "Dates"): the export's ISO
 * forms, the forms people and other trackers write, and {@link DateOrder} for {@code 10/02/2026},
 * which a file settles when one of its dates has a day above 12 ({@link #infer}).
 */
final class ImportDates {

    private ImportDates() {
    }

    /** What a file's dates say about their order. */
    record Inference(DateOrder settled, boolean conflict, boolean ambiguous, List<String> examples) {
        /** The order to read with: the caller's, else the one the file settles. */
        DateOrder order(DateOrder given) {
            return given != null ? given : settled;
        }

        /** True if the file has dates only a date order can read. */
        boolean needsOrder(DateOrder given) {
            return given == null && settled == null && ambiguous;
        }
    }

    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?:,? .*)?");

    /**
     * Looks at every date cell of a file: {@code 25/12/2024} settles day first, {@code 12/25/2024}
     * month first; both in one file is a conflict; {@code 03/04/2024} alone settles nothing.
     */
    static Inference infer(Iterable<String> cells) {
        boolean dmy = false;
        boolean mdy = false;
        boolean ambiguous = false;
        List<String> examples = new ArrayList<>();
        for (String s : cells) {
            int slash = s.indexOf('/');
            if (slash < 1 || slash > 3) {
                continue;   // not d/m/y: most cells, cheaply
            }
            Matcher m = SLASHED.matcher(s.strip());
            if (!m.matches()) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b <= 12) {
                dmy = true;
            } else if (b > 12 && a <= 12) {
                mdy = true;
            } else if (a != b && a <= 12 && b <= 12) {
                ambiguous = true;
                if (examples.size() < 3 && !examples.contains(s.strip())) {
                    examples.add(s.strip());
                }
            }
        }
        DateOrder settled = dmy == mdy ? null : dmy ? DateOrder.DMY : DateOrder.MDY;
        return new Inference(settled, dmy && mdy, ambiguous, examples);
    }

    private static final Pattern LINKEDIN = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}),? +\\d{1,2}:\\d{2}(?::\\d{2})? *([AaPp][Mm])?");
    private static final List<DateTimeFormatter> WORDED = List.of(
            formatter("MMM d, uuuu"), formatter("MMMM d, uuuu"), formatter("d MMM uuuu"), formatter("d MMMM uuuu"),
            formatter("d-MMM-uuuu"), formatter("EEE, MMM d, uuuu"), formatter("EEEE, MMMM d, uuuu"));

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /**
     * A date as other trackers write it: every form of {@link #parseDate(String, DateOrder)}, a
     * timestamp (its date in {@code zone}), month names ({@code Mar 5, 2024}, {@code 5 March 2024})
     * and LinkedIn's {@code 11/27/23, 9:36 AM} (month first unless {@code order} says otherwise).
     */
    static LocalDate parseAnyDate(String s, DateOrder order, ZoneId zone) {
        try {
            return parseDate(s, order);
        } catch (DateTimeException strict) {
            Matcher m = LINKEDIN.matcher(s);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = 2000 + Integer.parseInt(m.group(3));
                return order == DateOrder.DMY ? of(s, y, b, a) : of(s, y, a, b);
            }
            if (s.length() >= 16 && Character.isDigit(s.charAt(0)) && (s.indexOf('T') > 0 || s.indexOf(':') > 0)) {
                try {
                    return parseTimestamp(s, zone).atZoneSameInstant(zone).toLocalDate();
                } catch (DateTimeException e) {
                    throw strict;
                }
            }
            for (DateTimeFormatter f : WORDED) {
                try {
                    LocalDate d = LocalDate.parse(s, f);
                    return of(s, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                } catch (DateTimeParseException e) {
                    // the next form
                }
            }
            throw strict;
        }
    }

    /**
     * {@code yyyy-MM-dd} (ISO; one-digit month and day tolerated), {@code yyyy/MM/dd},
     * {@code dd.MM.yyyy}, and {@code d/M/yyyy} or {@code M/d/yyyy} when only one reading is
     * a date or both readings are the same day; {@code 03/04/2024} is ambiguous and refused.
     */
    static LocalDate parseDate(String s) {
        return parseDate(s, null);
    }

    /**
     * As {@link #parseDate(String)}, with {@code order} (when not null) saying how to read
     * {@code 10/02/2026}: {@link DateOrder#DMY} 10 February, {@link DateOrder#MDY} 2 October.
     */
    static LocalDate parseDate(String s, DateOrder order) {
        char sep = 0;
        int first = -1;
        int second = -1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '-' || ch == '.' || ch == '/') {
                if (sep == 0) {
                    sep = ch;
                    first = i;
                } else if (ch != sep || second >= 0) {
                    throw notADate(s);
                } else {
                    second = i;
                }
            } else if (ch < '0' || ch > '9') {
                throw notADate(s);
            }
        }
        if (second < 0) {
            throw notADate(s);
        }
        String[] p = {s.substring(0, first), s.substring(first + 1, second), s.substring(second + 1)};
        if (!digits(p[0]) || !digits(p[1]) || !digits(p[2])) {
            throw notADate(s);
        }
        int a = Integer.parseInt(p[0]);
        int b = Integer.parseInt(p[1]);
        int c = Integer.parseInt(p[2]);
        boolean yearFirst = p[0].length() == 4 && p[1].length() <= 2 && p[2].length() <= 2;
        boolean yearLast = p[2].length() == 4 && p[0].length() <= 2 && p[1].length() <= 2;
        if (yearFirst && sep != '.') {
            return of(s, a, b, c);
        }
        if (yearLast && sep == '.') {
            return of(s, c, b, a);
        }
        if (yearLast && sep == '/') {
            if (order == DateOrder.DMY || order == DateOrder.MDY) {
                return order == DateOrder.DMY ? of(s, c, b, a) : of(s, c, a, b);
            }
            boolean dayFirst = valid(c, b, a);
            boolean monthFirst = valid(c, a, b);
            if (dayFirst && monthFirst && a != b) {
                throw new DateTimeException("ambiguous date \"" + s + "\": " + a + " " + month(b) + " or " + b + " "
                        + month(a) + "? write it as yyyy-MM-dd or choose the date order (DMY or MDY)");
            }
            if (dayFirst) {
                return LocalDate.of(c, b, a);
            }
            if (monthFirst) {
                return LocalDate.of(c, a, b);
            }
            throw noSuchDate(s);
        }
        throw notADate(s);
    }

    /**
     * ISO-8601 with offset ({@code 2024-03-05T14:30:00+01:00}, {@code ...Z}); without offset
     * ({@code 2024-03-05T14:30}, {@code 2024-03-05 14:30}) in {@code zone}; a date alone
     * (any form of {@link #parseDate}) is the start of that day in {@code zone}.
     */
    static OffsetDateTime parseTimestamp(String s, ZoneId zone) {
        return parseTimestamp(s, zone, null);
    }

    /** As {@link #parseTimestamp(String, ZoneId)}; a date alone is read in {@code order}. */
    static OffsetDateTime parseTimestamp(String s, ZoneId zone, DateOrder order) {
        OffsetDateTime fast = fastIso(s, zone);
        if (fast != null) {
            return fast;
        }
        int t = Math.max(s.indexOf('T'), s.indexOf(' '));
        if (t < 0) {
            return parseDate(s, order).atStartOfDay(zone).toOffsetDateTime();
        }
        String iso = s.indexOf(' ') >= 0 ? s.replaceFirst(" +", "T") : s;
        try {
            if (hasOffset(iso, iso.indexOf('T'))) {
                return OffsetDateTime.parse(iso);
            }
            return LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new DateTimeException("not a date and time: \"" + abbreviate(s)
                    + "\"; expected ISO-8601 such as 2024-03-05T14:30:00+01:00");
        }
    }

    /**
     * The shape every export writes, {@code yyyy-MM-ddTHH:mm[:ss[.f…]][Z|±HH:mm]}, without
     * the cost of a {@code DateTimeFormatter}; {@code null} for anything else (including
     * impossible values), which then takes the general path and its error message.
     */
    static OffsetDateTime fastIso(String s, ZoneId zone) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                || s.charAt(13) != ':') {
            return null;
        }
        int year = num(s, 0, 4);
        int month = num(s, 5, 7);
        int day = num(s, 8, 10);
        int hour = num(s, 11, 13);
        int minute = num(s, 14, 16);
        int second = 0;
        int nano = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = num(s, i + 1, i + 3);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                int digits = i - start;
                if (digits == 0 || digits > 9) {
                    return null;
                }
                nano = num(s, start, i);
                for (int k = digits; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        if ((year | month | day | hour | minute | second | nano) < 0 || hour > 23 || minute > 59 || second > 59
                || !valid(year, month, day)) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
        if (i == n) {
            return local.atZone(zone).toOffsetDateTime();
        }
        if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            return OffsetDateTime.of(local, ZoneOffset.UTC);
        }
        char sign = s.charAt(i);
        if (i + 6 == n && (sign == '+' || sign == '-') && s.charAt(i + 3) == ':') {
            int oh = num(s, i + 1, i + 3);
            int om = num(s, i + 4, i + 6);
            if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                return null;
            }
            int seconds = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
            try {
                return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(seconds));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** The non-negative number in s[from, to), or -1 if any character is not a digit. */
    private static int num(String s, int from, int to) {
        if (to > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean hasOffset(String s, int t) {
        if (s.endsWith("Z") || s.endsWith("z")) {
            return true;
        }
        for (int i = t + 1; i < s.length(); i++) {
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    private static LocalDate of(String s, int y, int m, int d) {
        if (!valid(y, m, d)) {
            throw noSuchDate(s);
        }
        return LocalDate.of(y, m, d);
    }

    private static boolean valid(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) {
            return false;
        }
        return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }

    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String month(int m) {
        return java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    private static DateTimeException noSuchDate(String s) {
        return new DateTimeException("no such date: \"" + s + "\" (day, month, or a year outside 1900-2999)");
    }

    private static DateTimeException notADate(String s) {
        return new DateTimeException("not a date: \"" + abbreviate(s)
                + "\"; expected yyyy-MM-dd (also dd.MM.yyyy, or d/M/yyyy and M/d/yyyy when unambiguous)");
    }

    private static String abbreviate(String s) {
        return CsvImport.abbreviate(s);
    }
}
