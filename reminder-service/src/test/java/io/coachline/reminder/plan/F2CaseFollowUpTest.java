package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class F2CaseFollowUpTest {

    private static Apps interviewedOn(String day) {
        return application().contact("kari", "Kari Nordmann").interview("iv-1", 1, day, "kari");
    }

    @ParameterizedTest(name = "interview {0} -> follow-up with a case {1}")
    @CsvSource({
            "2026-11-19, 2026-11-24",
            "2026-03-31, 2026-04-08", // Easter in between
            "2026-12-22, 2026-12-28", // Christmas in between (24 Dec is a working day)
    })
    void followUpWithACaseIsDueThreeWorkingDaysAfterTheInterview(String interview, String due) {
        List<PlannedReminder> f2 = new F2CaseFollowUp().plan(interviewedOn(interview).context(interview));
        assertEquals(1, f2.size());
        assertEquals(d(due), f2.get(0).dueOn());
        assertEquals("F2:iv-1", f2.get(0).key());
        assertEquals(List.of("kari"), f2.get(0).contactIds());
    }

    @Test
    void thePlannerSchedulesItForTheLastInterview() {
        assertEquals(d("2026-11-24"), Apps.only(interviewedOn("2026-11-19").plan("2026-11-19"), Rule.F2).dueOn());
    }

    @Test
    void anythingHeardSinceTheInterviewCancelsIt() {
        assertEquals(List.of(), of(interviewedOn("2026-11-19").inbound("2026-11-23", Outcome.DECISION_PENDING)
                .plan("2026-11-23"), Rule.F2));
    }

    @Test
    void aScheduledNextRoundCancelsIt() {
        assertEquals(List.of(), of(interviewedOn("2026-11-19").scheduled("iv-2", 2, "2026-11-26").plan("2026-11-20"), Rule.F2));
    }

    @Test
    void aLoggedQuestionClosesIt() {
        assertEquals(List.of(), of(interviewedOn("2026-11-19").outbound("2026-11-24", Purpose.QUESTION, "kari")
                .plan("2026-11-24"), Rule.F2));
    }

    @Test
    void onlyAfterAnInterview() {
        assertEquals(List.of(), of(application().appliedOn("2026-11-02").stage(Stage.APPLIED, "2026-11-02")
                .plan("2026-11-19"), Rule.F2));
    }
}
