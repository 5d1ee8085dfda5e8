package io.coachline.reminder.plan;

import java.util.Objects;

/** A person at the employer. {@code email} may be null. */
public record Contact(String id, String name, ContactRole role, String email) {
    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        role = role == null ? ContactRole.OTHER : role;
    }
}
