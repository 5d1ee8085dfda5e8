package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class F9ClosingMessageTest {

    private static Apps appliedWithFollowUps(String... days) {
        Apps app = application().stage(Stage.APPLIED, "2026-10-01").appliedOn("2026-10-01").contact("hr", "Hanne Rekrutterer");
        for (String day : days) {
            app.outbound(day, Purpose.STATUS_CHECK, "hr", Outcome.NO_ANSWER);
        }
        return app;
    }

    @Test
    void threeUnansweredFollowUpsAskForTheClosingMessageAWeekAfterTheLast() {
        List<PlannedReminder> plan = appliedWithFollowUps("2026-10-15", "2026-10-26", "2026-11-04").plan("2026-11-04");
        PlannedReminder f9 = Apps.only(plan, Rule.F9);
        assertEquals(d("2026-11-11"), f9.dueOn());
        assertEquals("F9:app-1", f9.key());
        assertEquals(List.of(Rule.F9), plan.stream().map(PlannedReminder::rule).toList());
    }

    @ParameterizedTest(name = "{0} does not count as a follow-up")
    @CsvSource({"THANK_YOU", "OTHER", "FEEDBACK_REQUEST"})
    void onlyStatusChecksAndQuestionsCount(Purpose purpose) {
        List<PlannedReminder> plan = appliedWithFollowUps("2026-10-15", "2026-10-26")
                .outbound("2026-11-04", purpose, "hr").plan("2026-11-04");
        assertEquals(List.of(), of(plan, Rule.F9));
    }

    @Test
    void questionsCountLikeStatusChecks() {
        List<PlannedReminder> plan = appliedWithFollowUps("2026-10-15", "2026-10-26")
                .outbound("2026-11-04", Purpose.QUESTION, "hr").plan("2026-11-04");
        assertEquals(1, of(plan, Rule.F9).size());
    }

    @Test
    void anAnswerInBetweenResetsTheCount() {
        List<PlannedReminder> plan = appliedWithFollowUps("2026-10-15", "2026-10-26", "2026-11-04")
                .inbound("2026-10-27", Outcome.DECISION_PENDING).plan("2026-11-04");
        assertEquals(List.of(), of(plan, Rule.F9));
    }

    @Test
    void theNumberIsTunable() {
        List<PlannedReminder> plan = appliedWithFollowUps("2026-10-15", "2026-10-26")
                .plan(FollowUpPolicy.defaults().withGiveUpAfterUnansweredFollowUps(2), "2026-10-26");
        assertEquals(d("2026-11-02"), Apps.only(plan, Rule.F9).dueOn());
    }

    @Test
    void aLoggedClosingMessageClosesIt() {
        List<PlannedReminder> plan = appliedWithFollowUps("2026-10-15", "2026-10-26", "2026-11-04")
                .outbound("2026-11-11", Purpose.CLOSING, "hr").plan("2026-11-11");
        assertEquals(List.of(), plan);
    }

    @Test
    void afterAnInterviewTheCaseFollowUpTheStatusCallAndTheNextRoundCallMakeThree() {
        List<PlannedReminder> plan = application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-19", "kari")
                .outbound("2026-11-20", Purpose.THANK_YOU, "kari")
                .outbound("2026-11-24", Purpose.QUESTION, "kari")
                .outbound("2026-12-01", Purpose.STATUS_CHECK, "kari", Outcome.NO_ANSWER)
                .outbound("2026-12-08", Purpose.STATUS_CHECK, "kari", Outcome.NO_ANSWER)
                .plan("2026-12-08");
        assertEquals(List.of(Rule.F9), plan.stream().map(PlannedReminder::rule).toList());
        assertEquals(d("2026-12-15"), plan.get(0).dueOn());
    }
}
