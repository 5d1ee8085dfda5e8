package io.coachline.tracker.csv;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to read one file: the seeker's time zone (for timestamps without an offset), the date
 * order when the file's dates are ambiguous, and the seeker's choices for columns and values the
 * defaults do not map.
 *
 * @param columns header as written → a column of the log ({@code employer}, {@code applied_on}, …),
 *                a flat date ({@code saved_on}, {@code interview_on}, {@code status_on}),
 *                {@code notes} (kept in the application's notes) or {@code ignore}
 * @param values  column (canonical name, e.g. {@code stage}) → word as written → the API constant
 *                ({@code WISHLIST}) or {@code notes}
 */
public record ImportOptions(ZoneId zone, DateOrder dateOrder, Map<String, String> columns,
                            Map<String, Map<String, String>> values) {

    public ImportOptions {
        Objects.requireNonNull(zone, "zone");
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static ImportOptions in(ZoneId zone) {
        return new ImportOptions(zone, null, Map.of(), Map.of());
    }

    public static ImportOptions utc() {
        return in(ZoneOffset.UTC);
    }

    /** These choices over {@code remembered} ones: what the seeker says now wins. */
    public ImportOptions over(ImportOptions remembered) {
        if (remembered == null) {
            return this;
        }
        Map<String, String> c = new HashMap<>(remembered.columns);
        c.putAll(columns);
        Map<String, Map<String, String>> v = new HashMap<>();
        remembered.values.forEach((k, m) -> v.put(k, new HashMap<>(m)));
        values.forEach((k, m) -> v.computeIfAbsent(k, x -> new HashMap<>()).putAll(m));
        return new ImportOptions(zone, dateOrder != null ? dateOrder : remembered.dateOrder, c, v);
    }
}
