package io.coachline.tracker.contact;

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

/** A person at the employer the seeker deals with, and how they prefer to be reached (seed 002). */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    public String name;

    @Enumerated(EnumType.STRING)
    public ContactRole role;

    public String email;

    public String phone;

    @Column(name = "preferred_contact_time")
    public String preferredContactTime;

    @Column(name = "created_at")
    public Instant createdAt;

    /** A new contact of an application; the one way the API and the CSV import make one. */
    public static Contact of(UUID applicationId, String name, ContactRole role, String email, String phone,
                             String preferredContactTime, Instant createdAt) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.applicationId = applicationId;
        c.name = name.strip();
        c.role = role;
        c.email = email;
        c.phone = phone;
        c.preferredContactTime = preferredContactTime;
        c.createdAt = createdAt;
        return c;
    }
}
