package io.coachline.tracker.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/applications/{id}/stage}. Leaving a closed stage needs {@code reopen: true}.
 * {@code at} is when the move happened (see {@link FactDates#move}).
 */
public record StageMove(@NotNull Stage stage,
                        @Schema(description = "When the stage was reached: a date (2026-11-02) or a date and time with "
                                + "offset; default now. Not in the future, not before the previous move.") @Size(max = 40) String at,
                        @Size(max = 4000) String note, boolean reopen) {
}
