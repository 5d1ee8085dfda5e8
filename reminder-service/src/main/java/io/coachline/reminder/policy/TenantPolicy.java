package io.coachline.reminder.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A tenant's follow-up policy (numbers as JSON, holiday changes as comma-separated ISO dates) and
 * the progress of its last re-plan. Not a {@code @TenantId} entity: the tenant id is the key itself,
 * and it is only ever looked up by the caller's (or the event's) tenant.
 */
@Entity
@Table(name = "tenant_policy")
public class TenantPolicy extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    public String numbers;

    @Column(name = "holidays_added")
    public String holidaysAdded;

    @Column(name = "holidays_removed")
    public String holidaysRemoved;

    @Column(name = "morning_hour")
    public int morningHour;

    @Column(name = "replan_state")
    public String replanState;

    @Column(name = "replan_total")
    public int replanTotal;

    @Column(name = "replan_done")
    public int replanDone;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
