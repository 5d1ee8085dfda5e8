package io.coachline.feedback.entry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a seeker (or their coach, after a debrief) recorded about one finished process. */
@Entity
@Table(name = "feedback_entry")
public class FeedbackEntry extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "seeker_id")
    public UUID seekerId;

    @Column(name = "author_id")
    public UUID authorId;

    public boolean debrief;

    public String outcome;

    @Column(name = "stage_reached")
    public String stageReached;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] strengths;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] weaknesses;

    @Column(name = "strengths_text")
    public String strengthsText;

    @Column(name = "weaknesses_text")
    public String weaknessesText;

    public String notes;

    public boolean requested;

    public boolean received;

    @Column(name = "better_candidate_hint")
    public String betterCandidateHint;

    public String reflection;

    public String sector;

    @Column(name = "entry_day")
    public LocalDate entryDay;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
