package io.coachline.feedback.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counts PostgreSQL keeps on every write (migration V60, {@link KeptCounts}) equal the plain
 * aggregate ({@link PlainCounts}) after any sequence of creates, updates and deletes of entries, single
 * or many rows per statement, committed or rolled back, and coach reassignments (also concurrently):
 * for the whole tenant and for each coach. Real PostgreSQL, a database of its own (feedback_kept).
 */
class KeptCountsTest {

    static final int SEEKERS = 6;
    static final int COACHES = 2;
    static final List<String> REASONS = List.of("better-fit", "salary", "location", "more-experience");
    static final List<String> STRENGTHS = List.of("communication", "preparation", "motivation");
    static final List<String> WEAKNESSES = List.of("experience-gap", "language", "interview-nerves");

    enum Kind { CREATE, UPDATE, DELETE, UPDATE_ALL_OF_SEEKER, DELETE_ALL_OF_SEEKER, REASSIGN }

    /** One write; {@code pick} chooses the entry (or the coach), {@code flags}: 1 requested, 2 received, 4 rolled back. */
    record Op(Kind kind, int seeker, int pick, String reason, List<String> strengths, List<String> weaknesses, int flags) {
    }

    static Connection db;

    static synchronized Connection db() throws SQLException {
        if (db == null) {
            db = ReportDatabase.fresh("feedback_kept");
            db.setAutoCommit(false);
        }
        return db;
    }

    @AfterContainer
    static void close() throws SQLException {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    @Property(tries = 60)
    void keptCountsEqualThePlainAggregate(@ForAll("writes") List<Op> ops) throws Exception {
        Connection c = db();
        String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        Tenant t = new Tenant(tenant);
        t.create(c);
        for (Op op : ops) {
            t.apply(c, op);
            if ((op.flags() & 4) != 0) {
                c.rollback();
            } else {
                c.commit();
            }
        }
        t.assertKeptEqualsPlain(c);
    }

    @Example
    void concurrentWritersAndReassignmentsOfTheSameSeekersKeepExactCounts() throws Exception {
        Connection setup = db();
        Tenant t = new Tenant("c" + UUID.randomUUID().toString().substring(0, 8));
        t.create(setup);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                long seed = w;
                done.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    int applied = 0;
                    try (Connection c = ReportDatabase.connect("feedback_kept")) {
                        c.setAutoCommit(false);
                        for (int i = 0; i < 60; i++) {
                            Kind kind = i < 10 ? Kind.CREATE : List.of(Kind.CREATE, Kind.UPDATE, Kind.DELETE, Kind.REASSIGN).get(r.nextInt(4));
                            Op op = new Op(kind, r.nextInt(2), r.nextInt(50), REASONS.get(r.nextInt(REASONS.size())),
                                    List.of(STRENGTHS.get(r.nextInt(3))), List.of(), r.nextInt(4));
                            try {
                                t.apply(c, op);
                                c.commit();
                                applied++;
                            } catch (SQLException e) {
                                // two writers on one entry: one may be chosen as a deadlock victim; its transaction is undone whole
                                c.rollback();
                            }
                        }
                    }
                    return applied;
                }));
            }
            int applied = 0;
            for (Future<Integer> f : done) {
                applied += f.get();
            }
            assertTrue(applied > 100, "most writes went through: " + applied);
        } finally {
            pool.shutdownNow();
        }
        setup.commit();
        t.assertKeptEqualsPlain(setup);
    }

    @Provide
    Arbitrary<List<Op>> writes() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, Arbitraries.just(Kind.CREATE)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.UPDATE)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.DELETE)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.UPDATE_ALL_OF_SEEKER)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.DELETE_ALL_OF_SEEKER)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.REASSIGN))),
                Arbitraries.integers().between(0, SEEKERS - 1),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(REASONS).injectNull(0.25),
                Arbitraries.of(STRENGTHS).list().ofMaxSize(3),
                Arbitraries.of(WEAKNESSES).list().ofMaxSize(3),
                Arbitraries.integers().between(0, 7)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(40);
    }

    /** A fresh tenant: SEEKERS seekers, assigned round-robin to COACHES coaches, the last one to nobody. */
    record Tenant(String id, UUID[] seekers, UUID[] coaches) {

        Tenant(String id) {
            this(id, new UUID[SEEKERS], new UUID[COACHES]);
            for (int i = 0; i < SEEKERS; i++) {
                seekers[i] = UUID.randomUUID();
            }
            for (int i = 0; i < COACHES; i++) {
                coaches[i] = UUID.randomUUID();
            }
        }

        void create(Connection c) throws SQLException {
            for (int i = 0; i < SEEKERS; i++) {
                update(c, "INSERT INTO client (tenant_id, id, role, display_name, coach_id) VALUES (?, ?, 'SEEKER', 'S', ?)",
                        id, seekers[i], i == SEEKERS - 1 ? null : coaches[i % COACHES]);
            }
            c.commit();
        }

        void apply(Connection c, Op op) throws SQLException {
            UUID seeker = seekers[op.seeker()];
            boolean requested = (op.flags() & 1) != 0, received = (op.flags() & 2) != 0;
            switch (op.kind()) {
                case CREATE -> update(c, "INSERT INTO feedback_entry (tenant_id, id, application_id, seeker_id, author_id, debrief, outcome,"
                                + " stage_reached, rejection_reason, strengths, weaknesses, requested, received, sector, entry_day, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, false, 'REJECTED', 'INTERVIEW', ?, ?, ?, ?, ?, 'PRIVATE', ?, now(), now())",
                        id, UUID.randomUUID(), UUID.randomUUID(), seeker, seeker, op.reason(), c.createArrayOf("text", op.strengths().toArray()),
                        c.createArrayOf("text", op.weaknesses().toArray()), requested, received, java.sql.Date.valueOf(LocalDate.of(2025, 3, 1)));
                case UPDATE -> {
                    UUID entry = entry(c, op.pick());
                    if (entry != null) {
                        update(c, "UPDATE feedback_entry SET rejection_reason = ?, strengths = ?, weaknesses = ?, requested = ?, received = ?,"
                                        + " version = version + 1 WHERE tenant_id = ? AND id = ?", op.reason(), c.createArrayOf("text", op.strengths().toArray()),
                                c.createArrayOf("text", op.weaknesses().toArray()), requested, received, id, entry);
                    }
                }
                case DELETE -> {
                    UUID entry = entry(c, op.pick());
                    if (entry != null) {
                        update(c, "DELETE FROM feedback_entry WHERE tenant_id = ? AND id = ?", id, entry);
                    }
                }
                // many rows in one statement: the statement trigger sees them as one set
                case UPDATE_ALL_OF_SEEKER -> update(c, "UPDATE feedback_entry SET rejection_reason = ?, requested = ? WHERE tenant_id = ? AND seeker_id = ?",
                        op.reason(), requested, id, seeker);
                case DELETE_ALL_OF_SEEKER -> update(c, "DELETE FROM feedback_entry WHERE tenant_id = ? AND seeker_id = ?", id, seeker);
                case REASSIGN -> update(c, "UPDATE client SET coach_id = ? WHERE tenant_id = ? AND id = ?",
                        op.pick() % (COACHES + 1) == COACHES ? null : coaches[op.pick() % (COACHES + 1)], id, seeker);
            }
        }

        UUID entry(Connection c, int pick) throws SQLException {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM feedback_entry WHERE tenant_id = ? ORDER BY id")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return ids.isEmpty() ? null : ids.get(pick % ids.size());
        }

        void assertKeptEqualsPlain(Connection c) throws SQLException {
            List<ReportFilter> scopes = new ArrayList<>();
            scopes.add(new ReportFilter(id, null, null, null, null, null));
            for (UUID coach : coaches) {
                scopes.add(new ReportFilter(id, null, null, coach, null, null));
            }
            for (ReportFilter f : scopes) {
                String kept = PlainCounts.text(KeptCounts.read(c, f, PlainCounts.MEASURES));
                assertEquals(PlainCounts.text(PlainCounts.of(c, f)), kept, "coach " + f.coachId());
            }
            c.commit();
        }
    }

    static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
