package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CoolDownTest {

    private static Apps interviewedOn(String day) {
        return application().contact("kari", "Kari Nordmann").interview("iv-1", 1, day, "kari");
    }

    @ParameterizedTest(name = "last contact {1} ({0}) -> F3 due {2}")
    @CsvSource({
            "QUESTION,         2026-11-24, 2026-12-01", // 6 days before F3: moves to the end of the cool-down
            "OTHER,            2026-11-24, 2026-12-01", // any outbound contact counts
            "QUESTION,         2026-11-23, 2026-11-30", // exactly 7 days before: not inside the cool-down
            "STATUS_CHECK,     2026-11-21, 2026-11-30", // a Saturday call: ends Saturday 28, F3 stays Monday 30
    })
    void aStatusFollowUpInsideTheCoolDownMovesToItsEnd(Purpose purpose, String lastContact, String due) {
        PlannedReminder f3 = Apps.only(interviewedOn("2026-11-19").outbound(lastContact, purpose, "kari")
                .plan(lastContact), Rule.F3);
        assertEquals(d(due), f3.dueOn());
    }

    @Test
    void theEndOfTheCoolDownIsTheNextWorkingDay() {
        // contact on Wednesday 2026-12-30: +7 = Wednesday 2027-01-06; contact on Friday 2026-12-18: +7 = Friday 25 Dec -> Monday 28
        PlanContext ctx = interviewedOn("2026-11-19").context("2026-12-31");
        assertEquals(d("2027-01-06"), CoolDown.endOfCoolDown(d("2026-12-30"), ctx));
        assertEquals(d("2026-12-28"), CoolDown.endOfCoolDown(d("2026-12-18"), ctx));
    }

    @Test
    void aThankYouNoteNeitherStartsNorWaitsForACoolDown() {
        Apps app = interviewedOn("2026-11-19").outbound("2026-11-20", Purpose.THANK_YOU, "kari");
        assertEquals(d("2026-11-24"), Apps.only(app.plan("2026-11-20"), Rule.F2).dueOn());
    }

    @Test
    void theClosingMessageWaitsAWeekAfterTheLastFollowUp() {
        PlannedReminder f9 = Apps.only(application().stage(Stage.APPLIED, "2026-10-01").appliedOn("2026-10-01")
                .outbound("2026-10-15", Purpose.STATUS_CHECK).outbound("2026-10-26", Purpose.STATUS_CHECK)
                .outbound("2026-10-30", Purpose.STATUS_CHECK).plan("2026-10-30"), Rule.F9);
        assertEquals(d("2026-11-06"), f9.dueOn());
    }

    @Test
    void theFeedbackRequestIsNotHeldBack() {
        PlannedReminder f7 = Apps.only(interviewedOn("2026-11-19").outbound("2026-12-03", Purpose.STATUS_CHECK, "kari")
                .stage(Stage.REJECTED, "2026-12-04").plan("2026-12-04"), Rule.F7);
        assertEquals(d("2026-12-07"), f7.dueOn());
    }

    @Test
    void aTenantCanShortenTheCoolDown() {
        PlannedReminder f3 = Apps.only(interviewedOn("2026-11-19").outbound("2026-11-24", Purpose.QUESTION, "kari")
                .plan(FollowUpPolicy.defaults().withCoolDownDays(3), "2026-11-24"), Rule.F3);
        assertEquals(d("2026-11-30"), f3.dueOn());
    }

    @ParameterizedTest(name = "contact on another application to the same employer on {0} -> F3 due {1}")
    @CsvSource({
            "2026-11-24, 2026-12-01", // inside the week: F3 waits until the employer's cool-down ends
            "2026-11-23, 2026-11-30", // exactly 7 days before: not inside
            "2026-12-02, 2026-12-09", // a later contact elsewhere moves it further
    })
    void theCoolDownIsPerEmployer(String otherApplicationContact, String due) {
        ApplicationState app = interviewedOn("2026-11-19").build();
        PlannedReminder f3 = Apps.only(FollowUpPlanner.plan(app, Apps.DEFAULTS, Apps.NORWAY, d("2026-12-02"),
                java.util.List.of(d(otherApplicationContact))), Rule.F3);
        assertEquals(d(due), f3.dueOn());
    }

    @Test
    void contactsWithTheEmployerNotYetMadeDoNotCount() {
        ApplicationState app = interviewedOn("2026-11-19").build();
        PlannedReminder f3 = Apps.only(FollowUpPlanner.plan(app, Apps.DEFAULTS, Apps.NORWAY, d("2026-11-24"),
                java.util.List.of(d("2026-11-25"))), Rule.F3);
        assertEquals(d("2026-11-30"), f3.dueOn(), "a contact dated after today is not a fact yet");
    }

    @Test
    void theOwnLaterContactAndTheOtherApplicationsContactBothCount() {
        ApplicationState app = interviewedOn("2026-11-19").outbound("2026-11-20", Purpose.QUESTION, "kari").build();
        PlannedReminder f3 = Apps.only(FollowUpPlanner.plan(app, Apps.DEFAULTS, Apps.NORWAY, d("2026-11-26"),
                java.util.List.of(d("2026-11-26"))), Rule.F3);
        assertEquals(d("2026-12-03"), f3.dueOn(), "the latest contact with the employer, wherever it was logged");
    }
}
