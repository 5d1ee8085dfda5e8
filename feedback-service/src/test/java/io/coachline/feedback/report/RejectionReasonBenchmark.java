package io.coachline.feedback.report;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Loads a tenant with N feedback entries of S seekers (default 1,000,000 / 100,000) into a database of
 * its own on the real test PostgreSQL, with this service's migrations (so the counts are kept by the
 * same triggers as in production), checks that the kept counts equal the plain aggregate, and times the
 * entry reports both ways, interleaved in the same run, plus the filtered reports and the write cost.
 * Not part of the normal run (tag {@code benchmark}); {@code bench/run.sh} runs it. A small-scale run
 * ({@code ENTRIES=20000 bench/run.sh}) checks the generator.
 */
@Tag("benchmark")
class RejectionReasonBenchmark {

    static final String[] REASONS = {"better-fit", "more-experience", "skills-mismatch", "internal-candidate", "no-reason-given",
            "decided-not-to-hire", "salary", "location", "position-cancelled"};
    static final double[] WEIGHTS = {0.26, 0.18, 0.14, 0.1, 0.1, 0.08, 0.06, 0.05, 0.03};
    static final String[] SECTORS = {"PUBLIC", "PRIVATE", "NON_PROFIT"};
    static final String[] STAGES = {"APPLIED", "INTERVIEW", "REFERENCE_CHECK", "OFFER"};
    static final String[] STRENGTHS = {"communication", "preparation", "domain-knowledge", "motivation", "team-fit", "follow-up"};
    static final String[] WEAKNESSES = {"experience-gap", "technical-depth", "interview-nerves", "unclear-examples", "salary-expectations", "language"};
    static final String TENANT = "bench";
    static final int COACHES = 200;

    static final int RUNS = Integer.getInteger("bench.runs", 20);

    @Test
    void reportsAtScale() throws Exception {
        int entries = Integer.getInteger("bench.entries", 1_000_000);
        int seekers = Integer.getInteger("bench.seekers", Math.max(1, entries / 10));
        try (Connection c = ReportDatabase.fresh("feedback_bench")) {
            long t0 = System.nanoTime();
            load(c, entries, seekers);
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            try (Statement s = c.createStatement()) {
                for (String table : List.of("feedback_entry", "client", "report_seeker", "report_total")) {
                    s.execute("VACUUM ANALYZE " + table);
                }
            }
            UUID coach = coach(7);
            ReportFilter tenant = new ReportFilter(TENANT, null, null, null, null, null);
            ReportFilter oneCoach = new ReportFilter(TENANT, null, null, coach, null, null);
            // exactly the same numbers: every measure, whole tenant and three coaches
            for (ReportFilter f : List.of(tenant, oneCoach, new ReportFilter(TENANT, null, null, coach(0), null, null),
                    new ReportFilter(TENANT, null, null, coach(COACHES - 1), null, null))) {
                assertEquals(PlainCounts.text(PlainCounts.of(c, f)), PlainCounts.text(KeptCounts.read(c, f, PlainCounts.MEASURES)), "coach " + f.coachId());
            }
            StringBuilder md = new StringBuilder();
            md.append("Data: ").append(entries).append(" entries, ").append(seekers).append(" seekers, ").append(COACHES)
                    .append(" coaches, one tenant; loaded with COPY (counts kept by the triggers) in ").append(loadMs).append(" ms. PostgreSQL ")
                    .append(version(c)).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores. Kept counts equal the plain")
                    .append(" aggregate for every measure (whole tenant, 3 coaches). ").append(RUNS).append(" runs each, interleaved, after 3 warm-ups.\n\n");
            md.append("| report | scope | plain aggregate p50 / p95 (ms) | report p50 / p95 (ms) | ratio plain/report (p50, p95) |\n");
            md.append("|---|---|---:|---:|---:|\n");
            for (ReportFilter f : List.of(tenant, oneCoach)) {
                String scope = f.coachId() == null ? "whole tenant" : "one coach (" + seekers / COACHES + " seekers)";
                Reports.Where w = Reports.entries(f);
                compare(md, c, "rejection reasons", scope, () -> rows(c, Reports.rejectionReasonSql(w), w.params()),
                        () -> KeptCounts.read(c, f, KeptCounts.REASON, KeptCounts.ANY_REASON));
                compare(md, c, "tags", scope, () -> {
                    rows(c, Reports.tagSql("strengths", w), w.params());
                    rows(c, Reports.tagSql("weaknesses", w), w.params());
                }, () -> {
                    KeptCounts.read(c, f, KeptCounts.STRENGTH);
                    KeptCounts.read(c, f, KeptCounts.WEAKNESS);
                });
                compare(md, c, "feedback obtained", scope, () -> rows(c, Reports.feedbackObtainedSql(w), w.params()),
                        () -> KeptCounts.read(c, f, KeptCounts.REQUESTED, KeptCounts.RECEIVED, KeptCounts.NOT_RECEIVED));
            }
            md.append("\nFiltered (the plain aggregate on the entries; goal 250 ms):\n\n| report | filter | p50 / p95 (ms) |\n|---|---|---:|\n");
            LocalDate from = LocalDate.of(2025, 1, 1), to = LocalDate.of(2025, 6, 30);
            for (ReportFilter f : List.of(new ReportFilter(TENANT, from, to, null, null, null), new ReportFilter(TENANT, null, null, null, "PRIVATE", null),
                    new ReportFilter(TENANT, null, null, null, null, "INTERVIEW"), new ReportFilter(TENANT, from, to, null, "PRIVATE", null),
                    new ReportFilter(TENANT, from, to, coach, null, null))) {
                String filter = (f.from() == null ? "" : "half a year ") + (f.sector() == null ? "" : "sector " + f.sector() + " ")
                        + (f.stageReached() == null ? "" : "stage " + f.stageReached() + " ") + (f.coachId() == null ? "" : "one coach");
                Reports.Where w = Reports.entries(f);
                filtered(md, "rejection reasons", filter, () -> rows(c, Reports.rejectionReasonSql(w), w.params()));
                filtered(md, "tags", filter, () -> {
                    rows(c, Reports.tagSql("strengths", w), w.params());
                    rows(c, Reports.tagSql("weaknesses", w), w.params());
                });
                filtered(md, "feedback obtained", filter, () -> rows(c, Reports.feedbackObtainedSql(w), w.params()));
            }
            md.append("\n").append(writeCost(c)).append("\n");
            System.out.println("\n=== feedback benchmark ===\n" + md);
            Path out = Path.of("target", "benchmark-feedback.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, md.toString());
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /** Both variants in turn, so that whatever else loads the machine loads both alike. */
    static void compare(StringBuilder md, Connection c, String report, String scope, Work plain, Work kept) throws Exception {
        long[] p = new long[RUNS], k = new long[RUNS];
        for (int run = -3; run < RUNS; run++) {
            long a = time(plain), b = time(kept);
            if (run >= 0) {
                p[run] = a;
                k[run] = b;
            }
        }
        Arrays.sort(p);
        Arrays.sort(k);
        md.append(String.format(Locale.ROOT, "| %s | %s | %.1f / %.1f | %.2f / %.2f | %.0f× / %.0f× |%n", report, scope, pct(p, 50), pct(p, 95),
                pct(k, 50), pct(k, 95), pct(p, 50) / pct(k, 50), pct(p, 95) / pct(k, 95)));
    }

    static void filtered(StringBuilder md, String report, String filter, Work q) throws Exception {
        int runs = Math.max(5, RUNS / 4);
        long[] t = new long[runs];
        for (int run = -2; run < runs; run++) {
            long a = time(q);
            if (run >= 0) {
                t[run] = a;
            }
        }
        Arrays.sort(t);
        md.append(String.format(Locale.ROOT, "| %s | %s | %.0f / %.0f |%n", report, filter.trim(), pct(t, 50), pct(t, 95)));
    }

    /** Nearest-rank percentile in milliseconds of sorted nanosecond times. */
    static double pct(long[] sorted, int p) {
        int i = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[i] / 1e6;
    }

    static long time(Work w) throws Exception {
        long t = System.nanoTime();
        w.run();
        return System.nanoTime() - t;
    }

    /** What keeping the counts costs a write: single-entry inserts, each its own transaction, with and without the triggers. */
    static String writeCost(Connection c) throws Exception {
        int n = 300;
        double[] ms = new double[2];
        for (int round = 0; round < 2; round++) {
            boolean counted = round == 0;
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE feedback_entry " + (counted ? "ENABLE" : "DISABLE") + " TRIGGER USER");
            }
            List<EntryRows.Row> rows = new ArrayList<>();
            Random r = new Random(round);
            for (int i = 0; i < n; i++) {
                rows.add(new EntryRows.Row(seeker(r.nextInt(1000)), UUID.randomUUID(), pick(r), List.of(STRENGTHS[r.nextInt(6)]),
                        List.of(WEAKNESSES[r.nextInt(6)]), true, r.nextBoolean(), "PUBLIC", "INTERVIEW", LocalDate.of(2026, 1, 1)));
            }
            long t = System.nanoTime();
            for (EntryRows.Row row : rows) {
                EntryRows.insert(c, TENANT, List.of(row));
            }
            ms[round] = (System.nanoTime() - t) / 1e6 / n;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE feedback_entry ENABLE TRIGGER USER");
        }
        return String.format(Locale.ROOT, "Write cost: %d single-entry inserts, each its own transaction: %.2f ms per entry with the counts kept,"
                + " %.2f ms without the triggers (%.1f×).", n, ms[0], ms[1], ms[0] / ms[1]);
    }

    static UUID seeker(int i) {
        return new UUID(0x5eeca0000000L, i);
    }

    static UUID coach(int i) {
        return new UUID(0xc0ac40000000L, i);
    }

    static void load(Connection c, int entries, int seekers) throws Exception {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < COACHES; i++) {
            sb.append(TENANT).append('\t').append(coach(i)).append("\tCOACH\tCoach ").append(i).append("\t\\N\n");
        }
        for (int i = 0; i < seekers; i++) {
            sb.append(TENANT).append('\t').append(seeker(i)).append("\tSEEKER\tSeeker ").append(i).append('\t').append(coach(i % COACHES)).append('\n');
        }
        copy.copyIn("COPY client (tenant_id, id, role, display_name, coach_id) FROM STDIN", new StringReader(sb.toString()));
        Random r = new Random(42);
        LocalDate start = LocalDate.of(2024, 1, 1);
        int chunk = 100_000;
        for (int from = 0; from < entries; from += chunk) {
            sb.setLength(0);
            for (int i = from; i < Math.min(entries, from + chunk); i++) {
                int s = r.nextInt(seekers);
                String reason = r.nextDouble() < 0.1 ? "\\N" : pick(r);
                LocalDate day = start.plusDays(r.nextInt(730));
                String ts = day + " 12:00:00+00";
                sb.append(TENANT).append('\t').append(new UUID(r.nextLong(), i)).append('\t').append(new UUID(0xa0L, i)).append('\t')
                        .append(seeker(s)).append('\t').append(seeker(s)).append("\tREJECTED\t").append(STAGES[r.nextInt(STAGES.length)]).append('\t')
                        .append(reason).append("\t{").append(STRENGTHS[r.nextInt(STRENGTHS.length)]).append("}\t{")
                        .append(WEAKNESSES[r.nextInt(WEAKNESSES.length)]).append("}\t").append(r.nextBoolean()).append('\t')
                        .append(r.nextInt(3) == 0).append('\t').append(SECTORS[r.nextInt(SECTORS.length)]).append('\t').append(day)
                        .append('\t').append(ts).append('\t').append(ts).append('\n');
            }
            copy.copyIn("COPY feedback_entry (tenant_id, id, application_id, seeker_id, author_id, outcome, stage_reached, rejection_reason,"
                    + " strengths, weaknesses, requested, received, sector, entry_day, created_at, updated_at) FROM STDIN", new StringReader(sb.toString()));
        }
    }

    static String pick(Random r) {
        double x = r.nextDouble(), acc = 0;
        for (int i = 0; i < REASONS.length; i++) {
            acc += WEIGHTS[i];
            if (x < acc) {
                return REASONS[i];
            }
        }
        return REASONS[REASONS.length - 1];
    }

    static String rows(Connection c, String sql, List<Object> params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            StringBuilder sb = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1) + "=" + rs.getLong(rs.getMetaData().getColumnCount()));
                }
                out.sort(null);
                sb.append(out);
            }
            return sb.toString();
        }
    }

    static String version(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
