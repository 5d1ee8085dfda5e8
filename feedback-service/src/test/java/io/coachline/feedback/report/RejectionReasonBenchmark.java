package io.coachline.feedback.report;

import io.coachline.testsupport.LocalStack;
import io.coachline.testsupport.StackInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Loads a tenant with N feedback entries of S seekers (default 1,000,000 / 100,000) into a database of
 * its own on the real test PostgreSQL, with this service's migrations, and times the rejection-reason
 * report query against the plain aggregate on the same data. Not part of the normal run (tag
 * {@code benchmark}); {@code bench/run.sh} runs it. A small-scale run ({@code -Dbench.entries=20000})
 * checks the generator.
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

    @Test
    void rejectionReasonReportAtScale() throws Exception {
        int entries = Integer.getInteger("bench.entries", 1_000_000);
        int seekers = Integer.getInteger("bench.seekers", Math.max(1, entries / 10));
        StackInfo stack = LocalStack.ensureRunning();
        String db = "feedback_bench";
        try (Connection admin = DriverManager.getConnection(stack.jdbcUrl("postgres"), stack.pgUser(), stack.pgPassword());
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
        }
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(db), stack.pgUser(), stack.pgPassword())) {
            try (Statement s = c.createStatement()) {
                for (String m : List.of("db/migration/V1__clients.sql", "db/migration/V2__feedback.sql", "db/migration/V3__report_period_index.sql")) {
                    try (InputStream in = getClass().getClassLoader().getResourceAsStream(m)) {
                        s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            long t0 = System.nanoTime();
            load(c, entries, seekers);
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE feedback_entry");
                s.execute("VACUUM ANALYZE client");
            }
            UUID coach = coach(7);
            LocalDate from = LocalDate.of(2025, 1, 1), to = LocalDate.of(2025, 6, 30);
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[]{"whole tenant", ms(c, plain(false), List.of(TENANT)), ms(c, report(new ReportFilter(TENANT, null, null, null, null, null)))});
            lines.add(new String[]{"one coach (500 seekers)", ms(c, plain(true), List.of(TENANT, TENANT, coach)),
                    ms(c, report(new ReportFilter(TENANT, null, null, coach, null, null)))});
            lines.add(new String[]{"half a year, PRIVATE", ms(c, plainPeriod(), List.of(TENANT, Date.valueOf(from), Date.valueOf(to), "PRIVATE")),
                    ms(c, report(new ReportFilter(TENANT, from, to, null, "PRIVATE", null)))});
            // the same aggregate with the report index switched off: what the table alone costs
            String noIndex = msNoIndex(c, plain(false), List.of(TENANT));
            // both queries agree
            assertEquals(rows(c, plain(false), List.of(TENANT)), rows(c, report(new ReportFilter(TENANT, null, null, null, null, null)).sql(),
                    report(new ReportFilter(TENANT, null, null, null, null, null)).params()));
            StringBuilder md = new StringBuilder();
            md.append("Data: ").append(entries).append(" entries, ").append(seekers).append(" seekers, ").append(COACHES)
                    .append(" coaches, one tenant; loaded with COPY in ").append(loadMs).append(" ms. PostgreSQL ")
                    .append(version(c)).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n");
            md.append("| query | plain `count(DISTINCT seeker_id) GROUP BY reason` (ms, median of 5) | report query (ms, median of 5) | ratio plain/report |\n");
            md.append("|---|---:|---:|---:|\n");
            for (String[] l : lines) {
                md.append("| ").append(l[0]).append(" | ").append(l[1]).append(" | ").append(l[2]).append(" | ")
                        .append(String.format("%.2f", Double.parseDouble(l[1]) / Math.max(0.01, Double.parseDouble(l[2])))).append(" |\n");
            }
            md.append("\nWhole tenant, plain aggregate with index scans disabled (sequential scan + sort): ").append(noIndex).append(" ms.\n");
            System.out.println("\n=== feedback benchmark ===\n" + md);
            Path out = Path.of("target", "benchmark-feedback.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, md.toString());
        }
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

    static String plain(boolean coach) {
        return "SELECT rejection_reason, count(DISTINCT seeker_id) FROM feedback_entry WHERE tenant_id = ? AND rejection_reason IS NOT NULL"
                + (coach ? " AND seeker_id IN (SELECT id FROM client WHERE tenant_id = ? AND coach_id = ?)" : "") + " GROUP BY rejection_reason";
    }

    static String plainPeriod() {
        return "SELECT rejection_reason, count(DISTINCT seeker_id) FROM feedback_entry WHERE tenant_id = ? AND rejection_reason IS NOT NULL"
                + " AND entry_day >= ? AND entry_day <= ? AND sector = ? GROUP BY rejection_reason";
    }

    record Q(String sql, List<Object> params) {
    }

    static Q report(ReportFilter f) {
        Reports.Where w = Reports.entries(f);
        return new Q(Reports.rejectionReasonSql(w), w.params());
    }

    static String ms(Connection c, Q q) throws Exception {
        return ms(c, q.sql(), q.params());
    }

    static String ms(Connection c, String sql, List<Object> params) throws Exception {
        long[] times = new long[5];
        for (int run = -2; run < 5; run++) {
            long t = System.nanoTime();
            rows(c, sql, params);
            if (run >= 0) {
                times[run] = System.nanoTime() - t;
            }
        }
        Arrays.sort(times);
        return String.format(java.util.Locale.ROOT, "%.1f", times[2] / 1e6);
    }

    static String msNoIndex(Connection c, String sql, List<Object> params) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SET enable_indexscan = off");
            s.execute("SET enable_indexonlyscan = off");
            s.execute("SET enable_bitmapscan = off");
            return ms(c, sql, params);
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("RESET ALL");
            }
        }
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
