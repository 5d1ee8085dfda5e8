package io.coachline.reminder.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A minimal RFC 5545 writer: CRLF line ends, content lines folded at 75 octets (never inside a UTF-8
 * sequence), TEXT values escaped, UTC date-times, all-day events as DATE values.
 */
public final class Ics {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringBuilder out = new StringBuilder();

    public Ics line(String name, String value) {
        fold(name + ":" + value);
        return this;
    }

    public Ics text(String name, String value) {
        return line(name, escape(value == null ? "" : value));
    }

    public Ics utc(String name, Instant at) {
        return line(name, UTC.format(at));
    }

    public Ics date(String name, LocalDate day) {
        return line(name + ";VALUE=DATE", DATE.format(day));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds a content line: at most 75 octets per physical line, continuation lines start with a space. */
    void fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int limit = 75;
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int max = first ? limit : limit - 1; // the leading space counts
            int end = Math.min(bytes.length, start + max);
            while (end < bytes.length && end > start && (bytes[end] & 0xC0) == 0x80) {
                end--; // do not split a UTF-8 sequence
            }
            if (!first) {
                out.append(' ');
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            out.append("\r\n");
        }
    }
}
