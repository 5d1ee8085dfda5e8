package io.coachline.feedback.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entries and distinct seekers per code, read from the counts PostgreSQL keeps on every write of
 * feedback_entry and of a coach assignment (migration V60: report_total per tenant, report_coach_total per
 * coach, both exact through report_seeker). They answer the whole tenant and a coach's caseload; a period,
 * sector or stage filter needs the entries themselves.
 */
public final class KeptCounts {

    /** What an entry counts towards; the same names as report_keys() in V60. */
    public static final String REASON = "reason";
    public static final String ANY_REASON = "any-reason";
    public static final String STRENGTH = "strength";
    public static final String WEAKNESS = "weakness";
    public static final String REQUESTED = "requested";
    public static final String RECEIVED = "received";
    public static final String NOT_RECEIVED = "not-received";

    private KeptCounts() {
    }

    public static boolean answer(ReportFilter f) {
        return f.from() == null && f.to() == null && f.sector() == null && f.stageReached() == null;
    }

    /** measure → code (sorted) → {entries, distinct seekers}; cells that count nothing are left out. */
    public static Map<String, Map<String, long[]>> read(Connection c, ReportFilter f, String... measures) throws SQLException {
        String sql = f.coachId() == null
                ? "SELECT measure, code, sum(entries), sum(seekers) FROM report_total WHERE tenant_id = ? AND measure = ANY (?)"
                        + " GROUP BY measure, code HAVING sum(entries) > 0"
                : "SELECT measure, code, entries, seekers FROM report_coach_total WHERE tenant_id = ? AND measure = ANY (?)"
                        + " AND coach_id = ? AND entries > 0";
        Map<String, Map<String, long[]>> out = new HashMap<>();
        for (String m : measures) {
            out.put(m, new TreeMap<>());
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, f.tenant());
            ps.setArray(2, c.createArrayOf("text", measures));
            if (f.coachId() != null) {
                ps.setObject(3, f.coachId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.get(rs.getString(1)).put(rs.getString(2), new long[]{rs.getLong(3), rs.getLong(4)});
                }
            }
        }
        return out;
    }
}
