package io.coachline.feedback.report;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Writes feedback entries straight into the table, for report fixtures and the data generator. */
public final class EntryRows {

    public record Row(UUID seekerId, UUID applicationId, String reason, List<String> strengths, List<String> weaknesses,
                      boolean requested, boolean received, String sector, String stageReached, LocalDate day) {
    }

    private EntryRows() {
    }

    public static void insert(Connection c, String tenant, List<Row> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feedback_entry (tenant_id, id, application_id, seeker_id, author_id,"
                + " debrief, outcome, stage_reached, rejection_reason, strengths, weaknesses, requested, received, sector, entry_day,"
                + " created_at, updated_at, version) VALUES (?,?,?,?,?,false,'REJECTED',?,?,?,?,?,?,?,?,?,?,0)")) {
            for (Row r : rows) {
                Array s = c.createArrayOf("text", r.strengths().toArray());
                Array w = c.createArrayOf("text", r.weaknesses().toArray());
                Timestamp at = Timestamp.valueOf(r.day().atTime(12, 0));
                ps.setString(1, tenant);
                ps.setObject(2, UUID.randomUUID());
                ps.setObject(3, r.applicationId());
                ps.setObject(4, r.seekerId());
                ps.setObject(5, r.seekerId());
                ps.setString(6, r.stageReached());
                ps.setString(7, r.reason());
                ps.setArray(8, s);
                ps.setArray(9, w);
                ps.setBoolean(10, r.requested());
                ps.setBoolean(11, r.received());
                ps.setString(12, r.sector());
                ps.setDate(13, Date.valueOf(r.day()));
                ps.setTimestamp(14, at);
                ps.setTimestamp(15, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
