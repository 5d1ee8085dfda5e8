package io.coachline.tracker.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The policy numbers of one tenant that the tracker acts on, copied from reminder-service (the one
 * place the policy is edited). Keyed by the tenant itself, so it is looked up by the tenant explicitly.
 */
@Entity
@Table(name = "tenant_policy")
public class TenantPolicy extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "soft_limit_open_applications")
    public int softLimitOpenApplications;

    /** When reminder-service saved it (the event's time): an older event never overwrites a newer one. */
    @Column(name = "changed_at")
    public Instant changedAt;
}
