package io.coachline.reminder.draft;

import java.util.Objects;

/** A ready-to-edit message (or call script) for one reminder. */
public record Draft(String subject, String body) {
    public Draft {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
