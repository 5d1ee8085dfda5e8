package io.coachline.tracker.interaction;

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

/** One contact with the employer, in either direction, with its purpose and outcome. */
@Entity
@Table(name = "interaction")
public class Interaction extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    public Instant at;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Column(name = "contact_id")
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public String summary;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** A logged interaction; the one way the API and the CSV import make one. */
    public static Interaction of(UUID applicationId, Instant at, Channel channel, Direction direction, UUID contactId,
                                 Purpose purpose, String summary, Outcome outcome) {
        Interaction i = new Interaction();
        i.id = UUID.randomUUID();
        i.applicationId = applicationId;
        i.at = at;
        i.channel = channel;
        i.direction = direction;
        i.contactId = contactId;
        i.purpose = purpose;
        i.summary = summary;
        i.outcome = outcome;
        return i;
    }
}
