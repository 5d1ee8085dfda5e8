package io.coachline.tracker.people;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A seeker, coach or tenant admin of one tenant; a seeker's coach is their assignment. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public PersonRole role;

    public String username;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String email;

    public String locale;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "coach_id")
    public UUID coachId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public String displayName() {
        return firstName + " " + lastName;
    }

    public static Optional<Person> byId(UUID id) {
        return findByIdOptional(id);
    }

    public static List<Person> seekersOf(UUID coachId) {
        return list("role = ?1 and coachId = ?2 order by lastName, firstName", PersonRole.SEEKER, coachId);
    }
}
