package io.coachline.feedback.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers {@link KeptCounts} keeps, counted the plain way from feedback_entry with one
 * {@code count(DISTINCT seeker_id)} aggregate per measure: what the kept counts must equal.
 */
final class PlainCounts {

    /** Every measure, in {@link KeptCounts#read} order. */
    static final String[] MEASURES = {KeptCounts.REASON, KeptCounts.ANY_REASON, KeptCounts.STRENGTH, KeptCounts.WEAKNESS,
            KeptCounts.REQUESTED, KeptCounts.RECEIVED, KeptCounts.NOT_RECEIVED};

    private PlainCounts() {
    }

    /** measure → code → {entries, distinct seekers}, in {@link KeptCounts#read} shape. */
    static Map<String, Map<String, long[]>> of(Connection c, ReportFilter f) throws SQLException {
        Reports.Where w = Reports.entries(f);
        String from = " FROM feedback_entry e";
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put(KeptCounts.REASON, "SELECT e.rejection_reason" + from + w.sql() + " AND e.rejection_reason IS NOT NULL GROUP BY 1");
        sql.put(KeptCounts.ANY_REASON, "SELECT ''" + from + w.sql() + " AND e.rejection_reason IS NOT NULL");
        sql.put(KeptCounts.STRENGTH, "SELECT tag" + from + " CROSS JOIN LATERAL unnest(e.strengths) tag" + w.sql() + " AND tag IS NOT NULL GROUP BY 1");
        sql.put(KeptCounts.WEAKNESS, "SELECT tag" + from + " CROSS JOIN LATERAL unnest(e.weaknesses) tag" + w.sql() + " AND tag IS NOT NULL GROUP BY 1");
        sql.put(KeptCounts.REQUESTED, "SELECT ''" + from + w.sql() + " AND e.requested");
        sql.put(KeptCounts.RECEIVED, "SELECT ''" + from + w.sql() + " AND e.requested AND e.received");
        sql.put(KeptCounts.NOT_RECEIVED, "SELECT ''" + from + w.sql() + " AND e.requested AND NOT e.received");
        Map<String, Map<String, long[]>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : sql.entrySet()) {
            Map<String, long[]> cells = new TreeMap<>();
            String select = q.getValue().replaceFirst(" FROM ", ", count(*), count(DISTINCT e.seeker_id) FROM ");
            try (PreparedStatement ps = c.prepareStatement(select)) {
                List<Object> p = w.params();
                for (int i = 0; i < p.size(); i++) {
                    ps.setObject(i + 1, p.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong(2) > 0) {
                            cells.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                        }
                    }
                }
            }
            out.put(q.getKey(), cells);
        }
        return out;
    }

    /** A comparable text of the counts: "measure code entries/seekers" lines. */
    static String text(Map<String, Map<String, long[]>> counts) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(counts).forEach((m, cells) -> cells.forEach((code, n) ->
                sb.append(m).append(' ').append(code).append(' ').append(n[0]).append('/').append(n[1]).append('\n')));
        return sb.toString();
    }
}
