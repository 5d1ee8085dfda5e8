package io.coachline.reminder.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * GET/PUT /api/policy: the follow-up numbers of domain.md, the seeker-local morning hour reminders
 * fall due at, the tenant's changes to the public holidays, and (GET only) the progress of the last re-plan.
 */
public record PolicyView(
        @NotNull @Min(1) @Max(30) Integer thankYouAfterWorkingDays,
        @NotNull @Min(1) @Max(60) Integer caseFollowUpAfterWorkingDays,
        @NotNull @Min(1) @Max(60) Integer statusWithoutDateMin,
        @NotNull @Min(1) @Max(60) Integer statusWithoutDateMax,
        @NotNull @Min(1) @Max(2) Integer afterDecisionDateWorkingDays,
        @NotNull @Min(1) @Max(120) Integer applicationNoAnswerWorkingDays,
        @NotNull @Min(1) @Max(120) Integer nextRoundExpectedWorkingDays,
        @NotNull @Min(1) @Max(120) Integer onHoldStatusWorkingDays,
        @NotNull @Min(0) @Max(60) Integer coolDownDays,
        @NotNull @Min(1) @Max(20) Integer giveUpAfterUnansweredFollowUps,
        @NotNull @Min(1) @Max(1000) Integer softLimitOpenApplications,
        @NotNull @Min(0) @Max(23) Integer morningHour,
        @Valid Holidays holidays,
        Replan replan) {

    public record Holidays(List<@NotNull LocalDate> added, List<@NotNull LocalDate> removed) {
        public Holidays {
            added = added == null ? List.of() : List.copyOf(added);
            removed = removed == null ? List.of() : List.copyOf(removed);
        }
    }

    /** Progress of the background re-plan of the whole tenant: IDLE, RUNNING, DONE or FAILED. */
    public record Replan(String state, int total, int done) {
    }
}
