package io.coachline.feedback.report;

import io.coachline.feedback.report.SmallCellSuppression.Cell;
import io.coachline.feedback.report.SmallCellSuppression.Decision;
import io.coachline.feedback.taxonomy.Kind;
import io.coachline.feedback.taxonomy.Taxonomy;
import io.coachline.feedback.taxonomy.TaxonomyItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate reports. Every query names the tenant explicitly (native SQL bypasses Hibernate's
 * discriminator) and counts distinct seekers beside every number, for {@link SmallCellSuppression}.
 */
@ApplicationScoped
public class Reports {

    @Inject
    DataSource dataSource;

    @Inject
    Taxonomy taxonomy;

    /** WHERE clause and its parameters for feedback_entry (alias e) or application (alias a). */
    public record Where(String sql, List<Object> params) {
    }

    public static Where entries(ReportFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE e.tenant_id = ?");
        List<Object> p = new ArrayList<>(List.of(f.tenant()));
        if (f.from() != null) {
            sql.append(" AND e.entry_day >= ?");
            p.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND e.entry_day <= ?");
            p.add(Date.valueOf(f.to()));
        }
        if (f.sector() != null) {
            sql.append(" AND e.sector = ?");
            p.add(f.sector());
        }
        if (f.stageReached() != null) {
            sql.append(" AND e.stage_reached = ?");
            p.add(f.stageReached());
        }
        caseload(f, "e", sql, p);
        return new Where(sql.toString(), p);
    }

    static Where applications(ReportFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE a.tenant_id = ? AND a.applied_on IS NOT NULL");
        List<Object> p = new ArrayList<>(List.of(f.tenant()));
        if (f.from() != null) {
            sql.append(" AND a.applied_on >= ?");
            p.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND a.applied_on <= ?");
            p.add(Date.valueOf(f.to()));
        }
        if (f.sector() != null) {
            sql.append(" AND a.sector = ?");
            p.add(f.sector());
        }
        if (f.stageReached() != null) {
            sql.append(" AND a.furthest_stage = ?");
            p.add(f.stageReached());
        }
        caseload(f, "a", sql, p);
        return new Where(sql.toString(), p);
    }

    /** A coach's caseload is who is assigned to them now (the people projection). */
    private static void caseload(ReportFilter f, String alias, StringBuilder sql, List<Object> p) {
        if (f.coachId() != null) {
            sql.append(" AND ").append(alias).append(".seeker_id IN (SELECT c.id FROM client c WHERE c.tenant_id = ? AND c.coach_id = ?)");
            p.add(f.tenant());
            p.add(f.coachId());
        }
    }

    /** The rejection-reason query (also what the benchmark times). */
    public static String rejectionReasonSql(Where w) {
        return "SELECT e.rejection_reason, count(*), count(DISTINCT e.seeker_id) FROM feedback_entry e" + w.sql()
                + " AND e.rejection_reason IS NOT NULL GROUP BY e.rejection_reason ORDER BY e.rejection_reason";
    }

    /** The tag report's plain aggregate for one column (strengths or weaknesses). */
    public static String tagSql(String column, Where w) {
        return "SELECT tag, count(*), count(DISTINCT e.seeker_id) FROM feedback_entry e CROSS JOIN LATERAL unnest(e." + column
                + ") AS tag" + w.sql() + " AND tag IS NOT NULL GROUP BY tag ORDER BY tag";
    }

    /** Requested: entries, seekers; received: entries, seekers; not received: seekers. */
    public static String feedbackObtainedSql(Where w) {
        return "SELECT count(*), count(DISTINCT e.seeker_id), count(*) FILTER (WHERE e.received),"
                + " count(DISTINCT e.seeker_id) FILTER (WHERE e.received), count(DISTINCT e.seeker_id) FILTER (WHERE NOT e.received)"
                + " FROM feedback_entry e" + w.sql() + " AND e.requested";
    }

    /** The counts kept on every write (see {@link KeptCounts}): the whole tenant or a caseload, without further filters. */
    Map<String, Map<String, long[]>> kept(ReportFilter f, String... measures) {
        try (Connection c = dataSource.getConnection()) {
            return KeptCounts.read(c, f, measures);
        } catch (SQLException e) {
            throw new IllegalStateException("Report query failed", e);
        }
    }

    public ReportTable rejectionReasons(ReportFilter f, String lang) {
        Where w = entries(f);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Long anyReasonSeekers = null;
        if (KeptCounts.answer(f)) {
            Map<String, Map<String, long[]>> kept = kept(f, KeptCounts.REASON, KeptCounts.ANY_REASON);
            counts.putAll(kept.get(KeptCounts.REASON));
            anyReasonSeekers = kept.get(KeptCounts.ANY_REASON).getOrDefault("", new long[2])[1];
        } else {
            query(rejectionReasonSql(w), w.params(), rs -> counts.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)}));
        }
        Map<String, TaxonomyItem> reasons = taxonomy.of(f.tenant(), Kind.REASON);
        List<Cell> cells = new ArrayList<>();
        for (TaxonomyItem r : reasons.values()) {
            long[] c = counts.getOrDefault(r.key.code(), new long[2]);
            if (!r.retired || c[0] > 0) {
                cells.add(new Cell(r.key.code(), c[0], c[1]));
            }
        }
        counts.forEach((code, c) -> {
            if (!reasons.containsKey(code)) {
                cells.add(new Cell(code, c[0], c[1]));
            }
        });
        long totalEntries = cells.stream().mapToLong(Cell::value).sum();
        long maxSeekers = cells.stream().mapToLong(Cell::seekers).max().orElse(0);
        // distinct seekers do not add up across reasons; only when every cell is small can the total be small
        long totalSeekers = anyReasonSeekers != null ? anyReasonSeekers : maxSeekers >= SmallCellSuppression.MIN_SEEKERS ? maxSeekers
                : single("SELECT count(DISTINCT e.seeker_id) FROM feedback_entry e" + w.sql() + " AND e.rejection_reason IS NOT NULL", w.params());
        Decision d = SmallCellSuppression.table(cells, new Cell("TOTAL", totalEntries, totalSeekers));
        ReportTable t = new ReportTable("rejection-reasons", f.echo(), "code", "label", "entries", "seekers", "share");
        for (Cell c : cells) {
            boolean hidden = d.hides(c.key());
            t.row(c.key(), label(reasons.get(c.key()), lang, c.key()), ReportTable.maybe(hidden, c.value()),
                    ReportTable.maybe(hidden, c.seekers()), ReportTable.maybe(hidden || d.totalSuppressed(), ReportTable.rate(c.value(), totalEntries)));
        }
        t.total = new LinkedHashMap<>();
        t.total.put("entries", ReportTable.maybe(d.totalSuppressed(), totalEntries));
        t.total.put("share", ReportTable.maybe(d.totalSuppressed(), totalEntries == 0 ? null : 1.0));
        return t;
    }

    public ReportTable tags(ReportFilter f, String lang) {
        Where w = entries(f);
        ReportTable t = new ReportTable("tags", f.echo(), "kind", "code", "label", "entries", "seekers");
        for (Kind kind : List.of(Kind.STRENGTH, Kind.WEAKNESS)) {
            String column = kind == Kind.STRENGTH ? "strengths" : "weaknesses";
            Map<String, long[]> counts = new LinkedHashMap<>();
            if (KeptCounts.answer(f)) {
                String measure = kind == Kind.STRENGTH ? KeptCounts.STRENGTH : KeptCounts.WEAKNESS;
                counts.putAll(kept(f, measure).get(measure));
            } else {
                query(tagSql(column, w), w.params(), rs -> counts.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)}));
            }
            Map<String, TaxonomyItem> items = taxonomy.of(f.tenant(), kind);
            List<Cell> cells = new ArrayList<>();
            for (TaxonomyItem i : items.values()) {
                long[] c = counts.getOrDefault(i.key.code(), new long[2]);
                if (!i.retired || c[0] > 0) {
                    cells.add(new Cell(i.key.code(), c[0], c[1]));
                }
            }
            counts.forEach((code, c) -> {
                if (!items.containsKey(code)) {
                    cells.add(new Cell(code, c[0], c[1]));
                }
            });
            // tags are many per entry: no additive total is shown, so each cell stands alone
            Decision d = SmallCellSuppression.cells(cells);
            for (Cell c : cells) {
                boolean hidden = d.hides(c.key());
                t.row(kind.name(), c.key(), label(items.get(c.key()), lang, c.key()), ReportTable.maybe(hidden, c.value()),
                        ReportTable.maybe(hidden, c.seekers()));
            }
        }
        return t;
    }

    public ReportTable funnel(ReportFilter f) {
        Where w = applications(f);
        String decided = "a.decided_at IS NOT NULL AND a.last_interview_at IS NOT NULL";
        long[] r = new long[14];
        double[] median = new double[1];
        boolean[] hasMedian = new boolean[1];
        query("SELECT count(*), count(DISTINCT a.seeker_id),"
                + " count(*) FILTER (WHERE a.reached_interview), count(DISTINCT a.seeker_id) FILTER (WHERE a.reached_interview),"
                + " count(DISTINCT a.seeker_id) FILTER (WHERE NOT a.reached_interview),"
                + " count(*) FILTER (WHERE a.reached_offer), count(DISTINCT a.seeker_id) FILTER (WHERE a.reached_offer),"
                + " count(DISTINCT a.seeker_id) FILTER (WHERE a.reached_interview AND NOT a.reached_offer),"
                + " count(*) FILTER (WHERE a.accepted), count(DISTINCT a.seeker_id) FILTER (WHERE a.accepted),"
                + " count(DISTINCT a.seeker_id) FILTER (WHERE a.reached_offer AND NOT a.accepted),"
                + " count(*) FILTER (WHERE " + decided + "), count(DISTINCT a.seeker_id) FILTER (WHERE " + decided + "),"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.decided_at - a.last_interview_at) / 86400.0)"
                + " FILTER (WHERE " + decided + ")"
                + " FROM application a" + w.sql(), w.params(), rs -> {
            for (int i = 0; i < 13; i++) {
                r[i] = rs.getLong(i + 1);
            }
            median[0] = rs.getDouble(14);
            hasMedian[0] = !rs.wasNull();
        });
        long applied = r[0], appliedS = r[1], interview = r[2], interviewS = r[3], notInterviewS = r[4];
        long offer = r[5], offerS = r[6], notOfferS = r[7], accepted = r[8], acceptedS = r[9], notAcceptedS = r[10];
        long decidedN = r[11], decidedS = r[12];
        // each step splits the one before: reached and not reached add up to it, so suppress as a table
        Decision d1 = SmallCellSuppression.table(List.of(new Cell("in", interview, interviewS), new Cell("out", applied - interview, notInterviewS)),
                new Cell("total", applied, appliedS));
        boolean appliedHidden = d1.totalSuppressed();
        boolean interviewHidden = d1.hides("in") || appliedHidden;
        Decision d2 = SmallCellSuppression.table(List.of(new Cell("in", offer, offerS), new Cell("out", interview - offer, notOfferS)),
                new Cell("total", interview, interviewS));
        interviewHidden |= d2.totalSuppressed();
        boolean offerHidden = d2.hides("in") || interviewHidden && SmallCellSuppression.small(offerS);
        Decision d3 = SmallCellSuppression.table(List.of(new Cell("in", accepted, acceptedS), new Cell("out", offer - accepted, notAcceptedS)),
                new Cell("total", offer, offerS));
        offerHidden |= d3.totalSuppressed();
        boolean acceptedHidden = d3.hides("in") || offerHidden && SmallCellSuppression.small(acceptedS);
        boolean decisionHidden = SmallCellSuppression.small(decidedS);
        ReportTable t = new ReportTable("funnel", f.echo(), "step", "applications", "seekers", "rate", "medianDays");
        t.row("APPLIED", ReportTable.maybe(appliedHidden, applied), ReportTable.maybe(appliedHidden, appliedS), null, null);
        t.row("INTERVIEW", ReportTable.maybe(interviewHidden, interview), ReportTable.maybe(interviewHidden, interviewS),
                ReportTable.maybe(interviewHidden || appliedHidden, ReportTable.rate(interview, applied)), null);
        t.row("OFFER", ReportTable.maybe(offerHidden, offer), ReportTable.maybe(offerHidden, offerS),
                ReportTable.maybe(offerHidden || interviewHidden, ReportTable.rate(offer, interview)), null);
        t.row("ACCEPTED", ReportTable.maybe(acceptedHidden, accepted), ReportTable.maybe(acceptedHidden, acceptedS),
                ReportTable.maybe(acceptedHidden || offerHidden, ReportTable.rate(accepted, offer)), null);
        t.row("INTERVIEW_TO_DECISION", ReportTable.maybe(decisionHidden, decidedN), ReportTable.maybe(decisionHidden, decidedS), null,
                ReportTable.maybe(decisionHidden, hasMedian[0] ? Math.round(median[0] * 10) / 10.0 : null));
        return t;
    }

    public ReportTable feedbackObtained(ReportFilter f) {
        Where w = entries(f);
        long[] r = new long[5];
        if (KeptCounts.answer(f)) {
            Map<String, Map<String, long[]>> kept = kept(f, KeptCounts.REQUESTED, KeptCounts.RECEIVED, KeptCounts.NOT_RECEIVED);
            long[] requested = kept.get(KeptCounts.REQUESTED).getOrDefault("", new long[2]);
            long[] received = kept.get(KeptCounts.RECEIVED).getOrDefault("", new long[2]);
            long[] notReceived = kept.get(KeptCounts.NOT_RECEIVED).getOrDefault("", new long[2]);
            System.arraycopy(new long[]{requested[0], requested[1], received[0], received[1], notReceived[1]}, 0, r, 0, 5);
        } else {
            query(feedbackObtainedSql(w), w.params(), rs -> {
                for (int i = 0; i < 5; i++) {
                    r[i] = rs.getLong(i + 1);
                }
            });
        }
        long requested = r[0], received = r[2];
        Decision d = SmallCellSuppression.table(List.of(new Cell("RECEIVED", received, r[3]), new Cell("NOT_RECEIVED", requested - received, r[4])),
                new Cell("REQUESTED", requested, r[1]));
        ReportTable t = new ReportTable("feedback-obtained", f.echo(), "group", "entries", "seekers", "share");
        t.row("RECEIVED", ReportTable.maybe(d.hides("RECEIVED"), received), ReportTable.maybe(d.hides("RECEIVED"), r[3]),
                ReportTable.maybe(d.hides("RECEIVED") || d.totalSuppressed(), ReportTable.rate(received, requested)));
        t.row("NOT_RECEIVED", ReportTable.maybe(d.hides("NOT_RECEIVED"), requested - received), ReportTable.maybe(d.hides("NOT_RECEIVED"), r[4]),
                ReportTable.maybe(d.hides("NOT_RECEIVED") || d.totalSuppressed(), ReportTable.rate(requested - received, requested)));
        t.total = new LinkedHashMap<>();
        t.total.put("entries", ReportTable.maybe(d.totalSuppressed(), requested));
        t.total.put("seekers", ReportTable.maybe(d.totalSuppressed(), r[1]));
        return t;
    }

    public ReportTable followUpEffect(ReportFilter f) {
        Where w = applications(f);
        ReportTable t = new ReportTable("follow-up-effect", f.echo(), "group", "applications", "seekers", "responded", "responseRate", "offers", "offerRate");
        Map<Boolean, long[]> groups = new LinkedHashMap<>();
        groups.put(true, new long[8]);
        groups.put(false, new long[8]);
        query("SELECT a.outbound_follow_ups > 0, count(*), count(DISTINCT a.seeker_id),"
                + " count(*) FILTER (WHERE a.employer_responded), count(DISTINCT a.seeker_id) FILTER (WHERE a.employer_responded),"
                + " count(DISTINCT a.seeker_id) FILTER (WHERE NOT a.employer_responded),"
                + " count(*) FILTER (WHERE a.reached_offer), count(DISTINCT a.seeker_id) FILTER (WHERE a.reached_offer),"
                + " count(DISTINCT a.seeker_id) FILTER (WHERE NOT a.reached_offer)"
                + " FROM application a" + w.sql() + " GROUP BY 1", w.params(), rs -> {
            long[] g = groups.get(rs.getBoolean(1));
            for (int i = 0; i < 8; i++) {
                g[i] = rs.getLong(i + 2);
            }
        });
        for (Map.Entry<Boolean, long[]> e : groups.entrySet()) {
            long[] g = e.getValue();
            long apps = g[0], appsS = g[1], resp = g[2], respS = g[3], noRespS = g[4], offers = g[5], offersS = g[6], noOfferS = g[7];
            Decision dr = SmallCellSuppression.table(List.of(new Cell("in", resp, respS), new Cell("out", apps - resp, noRespS)), new Cell("all", apps, appsS));
            Decision dof = SmallCellSuppression.table(List.of(new Cell("in", offers, offersS), new Cell("out", apps - offers, noOfferS)), new Cell("all", apps, appsS));
            boolean appsHidden = dr.totalSuppressed() || dof.totalSuppressed();
            boolean respHidden = dr.hides("in") || appsHidden && resp > 0;
            boolean offersHidden = dof.hides("in") || appsHidden && offers > 0;
            t.row(e.getKey() ? "WITH_FOLLOW_UP" : "WITHOUT_FOLLOW_UP", ReportTable.maybe(appsHidden, apps), ReportTable.maybe(appsHidden, appsS),
                    ReportTable.maybe(respHidden, resp), ReportTable.maybe(respHidden || appsHidden, ReportTable.rate(resp, apps)),
                    ReportTable.maybe(offersHidden, offers), ReportTable.maybe(offersHidden || appsHidden, ReportTable.rate(offers, apps)));
        }
        return t;
    }

    static String label(TaxonomyItem item, String lang, String code) {
        if (item == null) {
            return code;
        }
        return "nb".equals(lang) ? item.labelNb : item.labelEn;
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    void query(String sql, List<Object> params, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Report query failed", e);
        }
    }

    long single(String sql, List<Object> params) {
        long[] v = new long[1];
        query(sql, params, rs -> v[0] = rs.getLong(1));
        return v[0];
    }
}
