package io.coachline.tracker.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An interview round; completing it records the decision date the employer gave, if any. */
@Entity
@Table(name = "interview")
public class Interview extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    public int round;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    public InterviewFormat format;

    /** Contact ids of the panel: each of them gets their own thank-you note (F1). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> panel = new ArrayList<>();

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "decision_expected_by")
    public LocalDate decisionExpectedBy;

    public String notes;

    /** A scheduled interview round; the one way the API and the CSV import make one (completion is set later). */
    public static Interview of(UUID applicationId, int round, Instant scheduledAt, InterviewFormat format, List<UUID> panel) {
        Interview i = new Interview();
        i.id = UUID.randomUUID();
        i.applicationId = applicationId;
        i.round = round;
        i.scheduledAt = scheduledAt;
        i.format = format;
        i.panel = new ArrayList<>(panel);
        return i;
    }
}
