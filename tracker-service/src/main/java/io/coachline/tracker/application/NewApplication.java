package io.coachline.tracker.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** {@code POST /api/applications}; also the shape a PATCH is validated against once merged. */
public record NewApplication(
        @NotBlank @Size(max = 200) String employer,
        @NotBlank @Size(max = 200) String position,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String adUrl,
        @Size(max = 200) String location,
        Sector sector,
        @Size(max = 200) String source,
        @Min(1) @Max(999) Integer priority,
        Stage stage,
        LocalDate appliedOn,
        LocalDate nextContactOn,
        @Size(max = 4000) String notes) {
}
