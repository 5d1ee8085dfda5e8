package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One interview round. {@code completedOn} is null until the seeker marks it done;
 * {@code decisionExpectedBy} is the decision date the employer gave, if any (the tracker also
 * writes a new date here when an answer with outcome NEW_DATE_GIVEN is logged);
 * {@code panelContactIds} are the {@link Contact} ids of everyone on the panel.
 */
public record Interview(String id, int round, LocalDate scheduledAt, LocalDate completedOn,
                        LocalDate decisionExpectedBy, List<String> panelContactIds) {
    public Interview {
        Objects.requireNonNull(id, "id");
        panelContactIds = panelContactIds == null ? List.of() : List.copyOf(panelContactIds);
    }

    public boolean isCompleted() {
        return completedOn != null;
    }
}
