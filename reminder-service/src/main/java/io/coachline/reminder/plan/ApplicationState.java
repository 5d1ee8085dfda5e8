package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the planner knows about one application. Ids are opaque strings (the tracker's UUIDs
 * in text form). Dates are already in the seeker's time zone. {@code appliedOn} may be null.
 */
public record ApplicationState(String applicationId, String seekerId, String tenant, String employer,
                               String position, String sector, Stage stage, LocalDate stageSince,
                               LocalDate appliedOn, List<Contact> contacts, List<Interview> interviews,
                               List<Interaction> interactions) {
    public ApplicationState {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageSince, "stageSince");
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
    }
}
