package io.coachline.tracker.csv;

import java.util.Objects;

import io.coachline.tracker.contact.ContactRole;

/**
 * A person the seeker talked to about one application. {@code ref} names the contact inside
 * its application (interview panels and interactions point at it); it is unique within the
 * application, non-blank, and holds no {@code ;} (the panel separator).
 */
public record ImportedContact(
        String ref,
        String name,
        ContactRole role,
        String email,
        String phone,
        String preferredContactTime) {

    public ImportedContact {
        ref = Objects.requireNonNull(Texts.clean(ref), "ref");
        name = Texts.clean(name);
        email = Texts.clean(email);
        phone = Texts.clean(phone);
        preferredContactTime = Texts.clean(preferredContactTime);
    }
}
