package io.coachline.tracker.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** {@code POST /api/applications/{id}/stage}. Leaving a closed stage needs {@code reopen: true}. */
public record StageMove(@NotNull Stage stage, OffsetDateTime at, @Size(max = 4000) String note, boolean reopen) {
}
