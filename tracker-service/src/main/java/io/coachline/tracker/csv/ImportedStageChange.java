package io.coachline.tracker.csv;

import java.time.OffsetDateTime;
import java.util.Objects;

import io.coachline.tracker.application.Stage;

/**
 * One entry of an application's stage history: the stage entered, when, and an optional note.
 * A change out of a terminal stage is a re-open (the previous entry says so).
 */
public record ImportedStageChange(Stage stage, OffsetDateTime at, String note) {

    public ImportedStageChange {
        Objects.requireNonNull(stage, "stage");
        note = Texts.blankToNull(note);
    }
}
