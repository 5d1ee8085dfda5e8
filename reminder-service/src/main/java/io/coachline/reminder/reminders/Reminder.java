package io.coachline.reminder.reminders;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One reminder of one application, identified across re-plans by (applicationId, planKey). */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "seeker_id")
    public UUID seekerId;

    @Column(name = "plan_key")
    public String planKey;

    public String rule;

    /** The day the plan wants it done (an overdue reminder keeps its day). */
    @Column(name = "due_on")
    public LocalDate dueOn;

    /** The instant it falls due: the morning hour of dueOn (or of snoozedUntil) in the seeker's zone. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "contact_ids")
    public String contactIds;

    @Column(name = "interview_id")
    public String interviewId;

    public String reason;

    @Enumerated(EnumType.STRING)
    public ReminderStatus status;

    @Column(name = "snoozed_until")
    public LocalDate snoozedUntil;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<String> contacts() {
        return contactIds == null || contactIds.isEmpty() ? List.of() : Arrays.asList(contactIds.split(","));
    }

    public static String joinContacts(List<String> ids) {
        return String.join(",", ids);
    }

    /** The day it is (or will be) shown as due: the snooze date while snoozed. */
    public LocalDate effectiveDueOn() {
        return status == ReminderStatus.SNOOZED && snoozedUntil != null ? snoozedUntil : dueOn;
    }
}
