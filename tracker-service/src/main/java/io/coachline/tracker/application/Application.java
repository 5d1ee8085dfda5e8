package io.coachline.tracker.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of a seeker's job application log. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "seeker_id")
    public UUID seekerId;

    public String employer;

    public String position;

    @Column(name = "ad_url")
    public String adUrl;

    public String location;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    public String source;

    public Integer priority;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @Column(name = "stage_since")
    public Instant stageSince;

    @Column(name = "applied_on")
    public LocalDate appliedOn;

    @Column(name = "next_contact_on")
    public LocalDate nextContactOn;

    public String notes;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
