package io.coachline.reminder.plan;

/**
 * A tenant's follow-up numbers (domain.md "Follow-up rules"). Working days skip weekends and the
 * tenant's holidays; {@code coolDownDays} is in calendar days.
 *
 * @param thankYouAfterWorkingDays       F1: thank-you note this many working days after the interview (1; a tenant may choose 2)
 * @param caseFollowUpAfterWorkingDays   F2: follow-up with a case this many working days after the interview (3)
 * @param statusWithoutDateMin           F3: status call this many working days after the interview when no date was given (7) ...
 * @param statusWithoutDateMax           ... and at the latest this many (10); F3 is due at the min, the max is the end of its window
 * @param afterDecisionDateWorkingDays   F4: status call this many working days after the decision date (1, at most 2)
 * @param applicationNoAnswerWorkingDays F5: status check of an application unanswered for this many working days (10)
 * @param nextRoundExpectedWorkingDays   F6: status call when no next round was scheduled within this many working days (10)
 * @param onHoldStatusWorkingDays        ON_HOLD: the slower status check, this many working days after the last answer (10)
 * @param coolDownDays                   cool-down: no two outbound contacts within this many calendar days (7)
 * @param giveUpAfterUnansweredFollowUps F9: closing message after this many unanswered follow-ups (3)
 * @param softLimitOpenApplications      warning threshold for open applications (10); not used by the planner, which never looks at other applications
 */
public record FollowUpPolicy(int thankYouAfterWorkingDays,
                             int caseFollowUpAfterWorkingDays,
                             int statusWithoutDateMin,
                             int statusWithoutDateMax,
                             int afterDecisionDateWorkingDays,
                             int applicationNoAnswerWorkingDays,
                             int nextRoundExpectedWorkingDays,
                             int onHoldStatusWorkingDays,
                             int coolDownDays,
                             int giveUpAfterUnansweredFollowUps,
                             int softLimitOpenApplications) {

    public FollowUpPolicy {
        atLeast(1, thankYouAfterWorkingDays, "thankYouAfterWorkingDays");
        atLeast(1, caseFollowUpAfterWorkingDays, "caseFollowUpAfterWorkingDays");
        atLeast(1, statusWithoutDateMin, "statusWithoutDateMin");
        atLeast(statusWithoutDateMin, statusWithoutDateMax, "statusWithoutDateMax (>= statusWithoutDateMin)");
        if (afterDecisionDateWorkingDays < 1 || afterDecisionDateWorkingDays > 2) {
            throw new IllegalArgumentException(
                    "afterDecisionDateWorkingDays must be 1 or 2 (never on or before the date), was " + afterDecisionDateWorkingDays);
        }
        atLeast(1, applicationNoAnswerWorkingDays, "applicationNoAnswerWorkingDays");
        atLeast(1, nextRoundExpectedWorkingDays, "nextRoundExpectedWorkingDays");
        atLeast(1, onHoldStatusWorkingDays, "onHoldStatusWorkingDays");
        atLeast(0, coolDownDays, "coolDownDays");
        atLeast(1, giveUpAfterUnansweredFollowUps, "giveUpAfterUnansweredFollowUps");
        atLeast(1, softLimitOpenApplications, "softLimitOpenApplications");
    }

    /** The defaults of domain.md: 1, 3, 7–10, 1, 10, 10, 10, 7, 3, 10. */
    public static FollowUpPolicy defaults() {
        return new FollowUpPolicy(1, 3, 7, 10, 1, 10, 10, 10, 7, 3, 10);
    }

    public FollowUpPolicy withThankYouAfterWorkingDays(int v) {
        return new FollowUpPolicy(v, caseFollowUpAfterWorkingDays, statusWithoutDateMin, statusWithoutDateMax,
                afterDecisionDateWorkingDays, applicationNoAnswerWorkingDays, nextRoundExpectedWorkingDays,
                onHoldStatusWorkingDays, coolDownDays, giveUpAfterUnansweredFollowUps, softLimitOpenApplications);
    }

    public FollowUpPolicy withAfterDecisionDateWorkingDays(int v) {
        return new FollowUpPolicy(thankYouAfterWorkingDays, caseFollowUpAfterWorkingDays, statusWithoutDateMin,
                statusWithoutDateMax, v, applicationNoAnswerWorkingDays, nextRoundExpectedWorkingDays,
                onHoldStatusWorkingDays, coolDownDays, giveUpAfterUnansweredFollowUps, softLimitOpenApplications);
    }

    public FollowUpPolicy withCoolDownDays(int v) {
        return new FollowUpPolicy(thankYouAfterWorkingDays, caseFollowUpAfterWorkingDays, statusWithoutDateMin,
                statusWithoutDateMax, afterDecisionDateWorkingDays, applicationNoAnswerWorkingDays,
                nextRoundExpectedWorkingDays, onHoldStatusWorkingDays, v, giveUpAfterUnansweredFollowUps,
                softLimitOpenApplications);
    }

    public FollowUpPolicy withGiveUpAfterUnansweredFollowUps(int v) {
        return new FollowUpPolicy(thankYouAfterWorkingDays, caseFollowUpAfterWorkingDays, statusWithoutDateMin,
                statusWithoutDateMax, afterDecisionDateWorkingDays, applicationNoAnswerWorkingDays,
                nextRoundExpectedWorkingDays, onHoldStatusWorkingDays, coolDownDays, v, softLimitOpenApplications);
    }

    private static void atLeast(int min, int value, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }
}
