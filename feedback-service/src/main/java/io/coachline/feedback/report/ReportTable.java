package io.coachline.feedback.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as rows of named cells, the same for JSON and CSV. A hidden number is
 * {@link #SUPPRESSED} ({@code {"suppressed": true}} in JSON, {@code suppressed} in CSV).
 */
public final class ReportTable {

    public static final Map<String, Boolean> SUPPRESSED = Map.of("suppressed", true);

    final String name;
    final List<String> columns;
    final List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Object> total;
    final Map<String, Object> filters;

    ReportTable(String name, Map<String, Object> filters, String... columns) {
        this.name = name;
        this.filters = filters;
        this.columns = List.of(columns);
    }

    Map<String, Object> row(Object... values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), i < values.length ? values[i] : null);
        }
        rows.add(row);
        return row;
    }

    static Object maybe(boolean hidden, Object value) {
        return hidden ? SUPPRESSED : value;
    }

    static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : Math.round(10000.0 * numerator / denominator) / 10000.0;
    }

    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", name);
        m.put("filters", filters);
        m.put("minimumSeekersPerCell", SmallCellSuppression.MIN_SEEKERS);
        m.put("rows", rows);
        if (total != null) {
            m.put("total", total);
        }
        return m;
    }

    /** RFC 4180: comma separated, CRLF line ends, fields with comma, quote or line break quoted. */
    public String csv() {
        StringBuilder sb = new StringBuilder();
        line(sb, columns);
        for (Map<String, Object> row : rows) {
            line(sb, columns.stream().map(c -> cell(row.get(c))).toList());
        }
        if (total != null) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(i == 0 ? "TOTAL" : cell(total.get(columns.get(i))));
            }
            line(sb, cells);
        }
        return sb.toString();
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v == SUPPRESSED) {
            return "suppressed";
        }
        return String.valueOf(v);
    }

    static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            // a cell a spreadsheet would run as a formula is written as text (CSV injection)
            sb.append(quote(io.coachline.common.csv.SpreadsheetCell.neutralise(fields.get(i))));
        }
        sb.append("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
