package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class F6NextRoundTest {

    private static Apps passedRound(int round, String on) {
        return application().contact("kari", "Kari Nordmann").interview("iv-" + round, round, on, "kari");
    }

    @ParameterizedTest(name = "round {0} on {1}, no next round -> call {2}")
    @CsvSource({
            "1, 2026-11-19, 2026-12-03",
            "2, 2026-03-27, 2026-04-15", // Easter in between
    })
    void callAboutTheNextRoundWhenItWasNotScheduledWithinTenWorkingDays(int round, String on, String due) {
        List<PlannedReminder> f6 = new F6NextRound().plan(passedRound(round, on).context(on));
        assertEquals(1, f6.size());
        assertEquals(d(due), f6.get(0).dueOn());
        assertEquals("F6:iv-" + round, f6.get(0).key());
        assertTrue(f6.get(0).reason().contains("no round " + (round + 1) + " scheduled"), f6.get(0).reason());
    }

    @Test
    void aScheduledNextRoundCancelsIt() {
        assertEquals(List.of(), of(passedRound(1, "2026-11-19").scheduled("iv-2", 2, "2026-12-10").plan("2026-11-25"), Rule.F6));
    }

    @Test
    void aDecidedAnswerWhileStillInterviewingMeansWaitForTheNextRound() {
        List<PlannedReminder> plan = passedRound(1, "2026-11-19").inbound("2026-11-25", Outcome.DECIDED).plan("2026-11-25");
        PlannedReminder f6 = Apps.only(plan, Rule.F6);
        assertEquals(d("2026-12-09"), f6.dueOn());
        assertEquals("F6:iv-1:since-2026-11-25", f6.key());
        assertEquals(List.of(Rule.F1, Rule.F6), plan.stream().map(PlannedReminder::rule).toList());
    }

    @Test
    void afterTheNextRoundTheLatestRoundCounts() {
        PlannedReminder f6 = Apps.only(passedRound(1, "2026-11-10").interview("iv-2", 2, "2026-11-19", "kari")
                .plan("2026-11-19"), Rule.F6);
        assertEquals("F6:iv-2", f6.key());
    }
}
