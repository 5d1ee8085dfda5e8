package io.coachline.common.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A person of the tenant as tracker-service announced them ({@link PeopleProjection} of tracker.events). */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    public String role;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String locale;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "coach_id")
    public UUID coachId;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
