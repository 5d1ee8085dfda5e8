package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class F4StatusAfterDecisionDateTest {

    private static Apps decisionPromisedBy(String date) {
        return application().contact("kari", "Kari Nordmann").interviewDecisionBy("iv-1", 1, "2026-11-19", date, "kari");
    }

    @ParameterizedTest(name = "decision by {0}, policy +{1} -> status call {2}")
    @CsvSource({
            "2026-12-04, 1, 2026-12-07", // Friday -> Monday
            "2026-12-04, 2, 2026-12-08", // Friday -> Tuesday
            "2026-12-05, 1, 2026-12-07", // a Saturday date -> Monday
            "2026-12-24, 1, 2026-12-28", // Christmas in between
            "2026-04-01, 1, 2026-04-07", // Easter in between
    })
    void statusCallIsDueTheWorkingDayAfterThePromisedDate(String date, int after, String due) {
        Apps app = application().contact("kari", "Kari Nordmann").interviewDecisionBy("iv-1", 1, "2026-03-20", date, "kari");
        List<PlannedReminder> plan = app.plan(FollowUpPolicy.defaults().withAfterDecisionDateWorkingDays(after), "2026-03-20");
        PlannedReminder f4 = Apps.only(plan, Rule.F4);
        assertEquals(d(due), f4.dueOn());
        assertTrue(f4.dueOn().isAfter(d(date)));
        assertEquals("F4:iv-1", f4.key());
        assertEquals(List.of("kari"), f4.contactIds());
    }

    @Test
    void decisionPromisedFridayMeansMondayAndNoStatusFollowUpBeforeIt() {
        List<PlannedReminder> plan = decisionPromisedBy("2026-12-04").plan("2026-11-19");
        assertEquals(d("2026-12-07"), Apps.only(plan, Rule.F4).dueOn());
        plan.stream().filter(r -> r.rule().isStatusFollowUp())
                .forEach(r -> assertTrue(r.dueOn().isAfter(d("2026-12-04")), r.toString()));
        assertEquals(List.of(), of(plan, Rule.F3));
    }

    @Test
    void theDateIsNeverOverstepped() {
        assertThrows(IllegalArgumentException.class, () -> FollowUpPolicy.defaults().withAfterDecisionDateWorkingDays(0));
        assertThrows(IllegalArgumentException.class, () -> FollowUpPolicy.defaults().withAfterDecisionDateWorkingDays(3));
    }

    @Test
    void anAnswerAfterTheDateWithoutANewDateHandsOverToTheStatusCallWithoutDate() {
        List<PlannedReminder> plan = decisionPromisedBy("2026-12-04")
                .outbound("2026-12-07", Purpose.STATUS_CHECK, "kari", Outcome.DECISION_PENDING)
                .plan("2026-12-07");
        assertEquals(List.of(), of(plan, Rule.F4));
        assertEquals(d("2026-12-16"), Apps.only(plan, Rule.F3).dueOn());
    }

    @Test
    void aNewDateGivenMovesTheStatusCallUnderANewKey() {
        // the tracker writes the new date into the interview when the NEW_DATE_GIVEN answer is logged
        List<PlannedReminder> plan = decisionPromisedBy("2026-12-11")
                .inbound("2026-12-07", Outcome.NEW_DATE_GIVEN)
                .plan("2026-12-07");
        PlannedReminder f4 = Apps.only(plan, Rule.F4);
        assertEquals(d("2026-12-14"), f4.dueOn());
        assertEquals("F4:iv-1:since-2026-12-07", f4.key());
    }

    @Test
    void aDecidedAnswerCancelsIt() {
        assertEquals(List.of(), of(decisionPromisedBy("2026-12-04").inbound("2026-12-01", Outcome.DECIDED)
                .plan("2026-12-01"), Rule.F4));
    }
}
