package io.coachline.tracker.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.coachline.tracker.application.Stage;
import io.coachline.tracker.application.Sector;

/**
 * One application of the log with everything that hangs off it, as read from or written to
 * CSV. Optional values are {@code null}; blank text is normalised to {@code null}; lists are
 * never null (null becomes empty) and are unmodifiable copies. Order of the lists is the order
 * of the file (stage history oldest first).
 */
public record ImportedApplication(
        String employer,
        String position,
        String adUrl,
        String location,
        Sector sector,
        String source,
        Integer priority,
        Stage stage,
        LocalDate appliedOn,
        LocalDate decisionExpectedBy,
        LocalDate nextContactOn,
        LocalDate lastContactOn,
        String notes,
        List<ImportedContact> contacts,
        List<ImportedInterview> interviews,
        List<ImportedInteraction> interactions,
        List<ImportedStageChange> stageHistory) {

    public ImportedApplication {
        employer = Texts.clean(employer);
        position = Texts.clean(position);
        adUrl = Texts.clean(adUrl);
        location = Texts.clean(location);
        source = Texts.clean(source);
        notes = Texts.blankToNull(notes);
        Objects.requireNonNull(stage, "stage");
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
        stageHistory = stageHistory == null ? List.of() : List.copyOf(stageHistory);
    }
}
