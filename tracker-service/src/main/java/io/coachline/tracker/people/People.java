package io.coachline.tracker.people;

import io.coachline.common.events.tracker.AssignmentChanged;
import io.coachline.common.outbox.Outbox;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.SeekerAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The tenant's people and the coach–client assignments; every change leaves as an event. */
@ApplicationScoped
@Transactional
public class People {

    @Inject
    Outbox outbox;

    @Inject
    KeycloakDirectory directory;

    /**
     * An admin adds a seeker or coach: first the login in Keycloak, then the platform person in one
     * transaction; if that fails the Keycloak user is removed again, so nothing is half-made.
     */
    @Transactional(Transactional.TxType.NEVER)
    public Person createWithLogin(Caller admin, PeopleResource.NewPerson request) {
        if (request.role() == PersonRole.SEEKER && request.coachId() != null) {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> coachOf(request.coachId()));
        } else if (request.coachId() != null) {
            throw ProblemException.invalid("coachId", "Only a seeker is assigned to a coach.");
        }
        String zone = request.timeZone() == null || request.timeZone().isBlank() ? admin.timeZone().getId() : request.timeZone();
        try {
            java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw ProblemException.invalid("timeZone", "Is not a known time zone such as Europe/Oslo.");
        }
        String locale = request.locale() == null ? admin.locale().getLanguage() : request.locale();
        String email = request.email().trim().toLowerCase(java.util.Locale.ROOT);
        KeycloakDirectory.CreatedUser user = directory.create(admin.tenant(), new KeycloakDirectory.NewUser(email,
                request.firstName().strip(), request.lastName().strip(), request.role(), locale, zone));
        try {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> create(admin.tenant(),
                    new PersonView(user.id(), request.role(), email, request.firstName().strip(), request.lastName().strip(),
                            null, email, locale, zone, request.coachId())));
        } catch (RuntimeException e) {
            directory.delete(user.id());
            throw e;
        }
    }

    public Person create(String tenant, PersonView p) {
        Person person = new Person();
        person.id = p.id();
        person.role = p.role();
        person.username = p.username();
        person.firstName = p.firstName();
        person.lastName = p.lastName();
        person.email = p.email();
        person.locale = p.locale() != null ? p.locale() : "en";
        person.timeZone = p.timeZone() != null ? p.timeZone() : "Europe/Oslo";
        person.createdAt = Instant.now();
        if (p.coachId() != null) {
            person.coachId = coachOf(p.coachId()).id;
        }
        person.persist();
        outbox.publish(tenant, person.id.toString(), TrackerEvents.PERSON_CREATED, person.id.toString(), PersonView.of(person));
        if (person.coachId != null) {
            publishAssignment(tenant, person, null);
        }
        return person;
    }

    /**
     * A user who exists in Keycloak (say, added there by hand) but not yet in the platform gets
     * their person record on first use, from what their token says.
     */
    public Person ensure(Caller caller) {
        Person existing = Person.findById(caller.id());
        if (existing != null) {
            return existing;
        }
        PersonRole role = caller.isAdmin() ? PersonRole.TENANT_ADMIN : caller.isCoach() ? PersonRole.COACH : PersonRole.SEEKER;
        String name = caller.displayName() == null ? caller.username() : caller.displayName();
        int space = name.lastIndexOf(' ');
        PersonView person = new PersonView(caller.id(), role, caller.username(),
                space > 0 ? name.substring(0, space) : name, space > 0 ? name.substring(space + 1) : "",
                null, caller.email() == null ? caller.username() : caller.email(), caller.locale().getLanguage(),
                caller.timeZone().getId(), null);
        // Its own transaction: when two first requests race, the one that loses the insert reads the winner's row.
        try {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> create(caller.tenant(), person));
        } catch (RuntimeException e) {
            if (!io.coachline.common.retry.TransientRetryInterceptor.isTransient(e)) {
                throw e;
            }
        }
        return Person.findById(caller.id());
    }

    /** Assign a client to a coach, or move them to another one. */
    public Person assign(Caller admin, UUID seekerId, UUID coachId) {
        Person seeker = Person.<Person>findByIdOptional(seekerId)
                .filter(p -> p.role == PersonRole.SEEKER)
                .orElseThrow(() -> ProblemException.notFound("Seeker " + seekerId));
        Person coach = coachOf(coachId);
        UUID previous = seeker.coachId;
        if (coach.id.equals(previous)) {
            return seeker;
        }
        seeker.coachId = coach.id;
        publishAssignment(admin.tenant(), seeker, previous);
        return seeker;
    }

    private Person coachOf(UUID coachId) {
        return Person.<Person>findByIdOptional(coachId)
                .filter(p -> p.role == PersonRole.COACH)
                .orElseThrow(() -> ProblemException.invalid("coachId", "No coach with this id in your organisation."));
    }

    private void publishAssignment(String tenant, Person seeker, UUID previousCoach) {
        outbox.publish(tenant, seeker.id.toString(), TrackerEvents.ASSIGNMENT_CHANGED, seeker.id.toString(),
                new AssignmentChanged(seeker.id, seeker.coachId, previousCoach));
    }

    /** People the caller may see: an admin the tenant, a coach their clients (and themselves), a seeker themselves. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> visibleTo(Caller caller) {
        if (caller.isAdmin()) {
            return Person.list("order by role, lastName, firstName");
        }
        if (caller.isCoach()) {
            return Person.list("id = ?1 or coachId = ?1 order by role, lastName, firstName", caller.id());
        }
        return Person.list("id", caller.id());
    }

    /** A seeker the caller may read as a client: an admin any seeker, a coach only their own. Else 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Person clientOf(Caller caller, UUID seekerId) {
        return Person.<Person>findByIdOptional(seekerId)
                .filter(p -> p.role == PersonRole.SEEKER)
                .filter(p -> caller.isAdmin() || SeekerAccess.isCoachOf(caller, p.coachId))
                .orElseThrow(() -> ProblemException.notFound("Client " + seekerId));
    }
}
