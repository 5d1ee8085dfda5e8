package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.keys;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GiveUpTest {

    private static Apps applied() {
        return application().stage(Stage.APPLIED, "2026-10-01").appliedOn("2026-10-01").contact("hr", "Hanne Rekrutterer");
    }

    @ParameterizedTest(name = "after follow-ups on [{0}] the next is {1} due {2}")
    @CsvSource(delimiter = '|', value = {
            "                                  | F5:app-1       | 2026-10-15",
            "2026-10-15                        | F5:app-1:try-2 | 2026-10-26",
            "2026-10-15,2026-10-26             | F5:app-1:try-3 | 2026-11-04",
            "2026-10-15,2026-10-26,2026-11-04  | F9:app-1       | 2026-11-11",
    })
    void followUpAFewTimesThenLetItGo(String followUps, String key, String due) {
        Apps app = applied();
        String today = "2026-10-01";
        if (followUps != null) {
            for (String day : followUps.split(",")) {
                app.outbound(day, Purpose.STATUS_CHECK, "hr", Outcome.NO_ANSWER);
                today = day;
            }
        }
        List<PlannedReminder> plan = app.plan(today);
        assertEquals(List.of(key), keys(plan));
        assertEquals(d(due), plan.get(0).dueOn());
    }

    @Test
    void afterTheClosingMessageNothingMoreIsPlanned() {
        List<PlannedReminder> plan = applied().outbound("2026-10-15", Purpose.STATUS_CHECK, "hr")
                .outbound("2026-10-26", Purpose.CLOSING, "hr").plan("2026-11-30");
        assertEquals(List.of(), plan);
    }

    @Test
    void anAnswerAfterGivingUpStartsANewCycle() {
        List<PlannedReminder> plan = applied().outbound("2026-10-15", Purpose.STATUS_CHECK, "hr")
                .outbound("2026-10-26", Purpose.STATUS_CHECK, "hr").outbound("2026-11-04", Purpose.STATUS_CHECK, "hr")
                .inbound("2026-11-09", Outcome.DECISION_PENDING).plan("2026-11-09");
        assertEquals(List.of("F5:app-1:since-2026-11-09"), keys(plan));
        assertEquals(d("2026-11-23"), plan.get(0).dueOn());
    }

    @Test
    void noMoreTriesWhileFewerStatusFollowUpsAreStillOpen() {
        // one follow-up after the interview closes F2; F3 and F6 are still open, so no extra try is added
        List<PlannedReminder> plan = application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-19", "kari")
                .outbound("2026-11-19", Purpose.THANK_YOU, "kari").outbound("2026-11-24", Purpose.QUESTION, "kari")
                .plan("2026-11-24");
        assertEquals(List.of("F3:iv-1", "F6:iv-1"), keys(plan));
    }

    @Test
    void onHoldTriesAgainAtTheSlowerPace() {
        List<PlannedReminder> plan = application().stage(Stage.ON_HOLD, "2026-11-02")
                .outbound("2026-11-16", Purpose.STATUS_CHECK).plan("2026-11-16");
        assertEquals(List.of("F3:app-1:on-hold:try-2"), keys(plan));
        assertEquals(d("2026-11-30"), plan.get(0).dueOn());
    }

    @Test
    void givingUpStopsEveryStatusFollowUpButNotTheThankYou() {
        List<PlannedReminder> plan = application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-19", "kari")
                .outbound("2026-11-24", Purpose.QUESTION, "kari").outbound("2026-12-01", Purpose.STATUS_CHECK, "kari")
                .outbound("2026-12-08", Purpose.STATUS_CHECK, "kari").plan("2026-12-08");
        assertEquals(List.of(Rule.F1, Rule.F9), plan.stream().map(PlannedReminder::rule).toList());
        assertEquals(List.of(), of(plan, Rule.F6));
    }
}
