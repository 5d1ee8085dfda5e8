package io.coachline.tracker.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/** One move in an application's stage history; never changed after it is written. */
@Entity
@Table(name = "stage_change")
public class StageChange extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public Stage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public Stage to;

    public Instant at;

    public String note;

    public boolean reopen;

    /** The order moves were recorded in: breaks the tie between two moves dated at the same instant. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    /** One entry of the stage history; the one way the API and the CSV import make one. */
    public static StageChange of(UUID applicationId, Stage from, Stage to, Instant at, String note, boolean reopen) {
        StageChange change = new StageChange();
        change.id = UUID.randomUUID();
        change.applicationId = applicationId;
        change.from = from;
        change.to = to;
        change.at = at;
        change.note = note;
        change.reopen = reopen;
        return change;
    }
}
