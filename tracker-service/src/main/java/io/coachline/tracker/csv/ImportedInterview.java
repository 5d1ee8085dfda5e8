package io.coachline.tracker.csv;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.coachline.tracker.interview.InterviewFormat;

/**
 * One interview round. {@code panel} holds {@link ImportedContact#ref() contact refs} of the
 * same application; {@code completedAt}, {@code decisionExpectedBy} and {@code notes} are set
 * once the interview is completed.
 */
public record ImportedInterview(
        int round,
        InterviewFormat format,
        OffsetDateTime scheduledAt,
        OffsetDateTime completedAt,
        LocalDate decisionExpectedBy,
        List<String> panel,
        String notes) {

    public ImportedInterview {
        panel = panel == null ? List.of() : panel.stream().map(Texts::clean).filter(java.util.Objects::nonNull).toList();
        notes = Texts.blankToNull(notes);
    }
}
