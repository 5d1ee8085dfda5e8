package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.NORWAY;
import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class F3StatusWithoutDateTest {

    private static Apps interviewedOn(String day) {
        return application().contact("kari", "Kari Nordmann").interview("iv-1", 1, day, "kari");
    }

    @ParameterizedTest(name = "interview {0}, no date -> status call {1}, window ends {2}")
    @CsvSource({
            "2026-11-19, 2026-11-30, 2026-12-03",
            "2026-03-30, 2026-04-13, 2026-04-16", // Easter in between
            "2026-12-21, 2026-12-31, 2027-01-06", // Christmas and New Year
    })
    void statusCallIsDueSevenWorkingDaysAfterTheInterviewWhenNoDateWasGiven(String interview, String due, String end) {
        List<PlannedReminder> f3 = new F3StatusWithoutDate().plan(interviewedOn(interview).context(interview));
        assertEquals(1, f3.size());
        assertEquals(d(due), f3.get(0).dueOn());
        assertEquals(7, NORWAY.workingDaysBetween(d(interview), f3.get(0).dueOn()));
        assertEquals("F3:iv-1", f3.get(0).key());
        assertTrue(f3.get(0).reason().contains("between " + due + " and " + end), f3.get(0).reason());
    }

    @Test
    void thePlannedStatusCallStaysInsideTheSevenToTenDayWindowAfterTheCaseFollowUp() {
        // F2 sent on its due day (Tue 24 Nov): the cool-down moves F3 from Mon 30 Nov to Tue 1 Dec, still in the window
        PlannedReminder f3 = Apps.only(interviewedOn("2026-11-19").outbound("2026-11-24", Purpose.QUESTION, "kari")
                .plan("2026-11-24"), Rule.F3);
        int working = NORWAY.workingDaysBetween(d("2026-11-19"), f3.dueOn());
        assertEquals(d("2026-12-01"), f3.dueOn());
        assertTrue(working >= 7 && working <= 10, "working days after the interview: " + working);
    }

    @Test
    void notPlannedWhenADecisionDateWasGiven() {
        assertEquals(List.of(), of(application().interviewDecisionBy("iv-1", 1, "2026-11-19", "2026-12-04")
                .plan("2026-11-19"), Rule.F3));
    }

    @Test
    void anAnswerWithoutADateReAnchorsTheStatusCall() {
        PlannedReminder f3 = Apps.only(interviewedOn("2026-11-19").inbound("2026-12-01", Outcome.DECISION_PENDING)
                .plan("2026-12-01"), Rule.F3);
        assertEquals(d("2026-12-10"), f3.dueOn());
        assertEquals("F3:iv-1:since-2026-12-01", f3.key());
    }

    @Test
    void onHoldGetsASlowerStatusCheckTenWorkingDaysAfterTheLastAnswer() {
        PlannedReminder f3 = Apps.only(interviewedOn("2026-11-19").stage(Stage.ON_HOLD, "2026-11-30")
                .plan("2026-11-30"), Rule.F3);
        assertEquals(d("2026-12-14"), f3.dueOn());
        assertEquals("F3:app-1:on-hold", f3.key());
    }
}
