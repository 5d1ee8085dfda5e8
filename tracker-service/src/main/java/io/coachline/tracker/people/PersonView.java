package io.coachline.tracker.people;

import java.util.UUID;

/** A person as the API and the {@code tracker.person.created.v1} event show them. */
public record PersonView(UUID id, PersonRole role, String username, String firstName, String lastName,
                         String displayName, String email, String locale, String timeZone, UUID coachId) {

    public static PersonView of(Person p) {
        return new PersonView(p.id, p.role, p.username, p.firstName, p.lastName, p.displayName(), p.email,
                p.locale, p.timeZone, p.coachId);
    }
}
