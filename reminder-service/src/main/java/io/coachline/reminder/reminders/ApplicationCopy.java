package io.coachline.reminder.reminders;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/** The latest full application tracker.events carried (JSON of {@code data.application}). */
@Entity
@Table(name = "application_copy")
public class ApplicationCopy extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "seeker_id")
    public UUID seekerId;

    public String stage;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** {@code EmployerName.normalise(employer)}: the seeker's applications to one employer share a cool-down. */
    @Column(name = "employer_key")
    public String employerKey;

    public String data;
}
