package io.coachline.reminder.settings;

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

/** A seeker's choice of e-mail delivery; no row means {@link Delivery#DIGEST}. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "seeker_id")
    public UUID seekerId;

    @Enumerated(EnumType.STRING)
    public Delivery delivery;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The delivery of a seeker in the current tenant. */
    public static Delivery deliveryOf(UUID seekerId) {
        NotificationSettings s = findById(seekerId);
        return s == null || s.delivery == null ? Delivery.DIGEST : s.delivery;
    }

    /** Stores {@code delivery} for the seeker in {@code tenant} (the current tenant scope). */
    public static void store(String tenant, UUID seekerId, Delivery delivery) {
        NotificationSettings s = findById(seekerId);
        if (s == null) {
            s = new NotificationSettings();
            s.tenantId = tenant;
            s.seekerId = seekerId;
            s.delivery = delivery;
            s.updatedAt = Instant.now();
            s.persist();
        } else if (s.delivery != delivery) {
            s.delivery = delivery;
            s.updatedAt = Instant.now();
        }
    }
}
