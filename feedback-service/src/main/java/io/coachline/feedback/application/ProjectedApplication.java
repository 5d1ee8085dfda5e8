package io.coachline.feedback.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An application as tracker-service last announced it, reduced to what feedback and its reports need. */
@Entity
@Table(name = "application")
public class ProjectedApplication extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "seeker_id")
    public UUID seekerId;

    public String employer;

    public String position;

    public String sector;

    public String stage;

    @Column(name = "furthest_stage")
    public String furthestStage;

    @Column(name = "applied_on")
    public LocalDate appliedOn;

    @Column(name = "reached_interview")
    public boolean reachedInterview;

    @Column(name = "reached_offer")
    public boolean reachedOffer;

    public boolean accepted;

    @Column(name = "last_interview_at")
    public Instant lastInterviewAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "outbound_follow_ups")
    public int outboundFollowUps;

    @Column(name = "employer_responded")
    public boolean employerResponded;

    @Column(name = "source_updated_at")
    public Instant sourceUpdatedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
