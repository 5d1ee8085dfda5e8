package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class F5ApplicationNoAnswerTest {

    private static Apps appliedOn(String day) {
        return application().stage(Stage.APPLIED, day).appliedOn(day).contact("hr", "Hanne Rekrutterer");
    }

    @ParameterizedTest(name = "applied {0} -> status check {1}")
    @CsvSource({
            "2026-10-01, 2026-10-15",
            "2026-03-26, 2026-04-14", // Easter in between
            "2026-05-06, 2026-05-21", // 14 May (Ascension) in between
    })
    void statusCheckIsDueTenWorkingDaysAfterTheApplication(String applied, String due) {
        List<PlannedReminder> f5 = new F5ApplicationNoAnswer().plan(appliedOn(applied).context(applied));
        assertEquals(1, f5.size());
        assertEquals(d(due), f5.get(0).dueOn());
        assertEquals("F5:app-1", f5.get(0).key());
        assertEquals(List.of("hr"), f5.get(0).contactIds());
    }

    @Test
    void withoutAnApplicationDateTheStageChangeCounts() {
        assertEquals(d("2026-10-15"), Apps.only(application().stage(Stage.APPLIED, "2026-10-01").plan("2026-10-01"),
                Rule.F5).dueOn());
    }

    @Test
    void anAnswerReAnchorsTheStatusCheck() {
        PlannedReminder f5 = Apps.only(appliedOn("2026-10-01").inbound("2026-10-08", Outcome.ANSWERED)
                .plan("2026-10-08"), Rule.F5);
        assertEquals(d("2026-10-22"), f5.dueOn());
        assertEquals("F5:app-1:since-2026-10-08", f5.key());
    }

    @Test
    void aDecidedAnswerCancelsItUntilTheStageChanges() {
        assertEquals(List.of(), of(appliedOn("2026-10-01").inbound("2026-10-08", Outcome.DECIDED).plan("2026-10-08"), Rule.F5));
    }

    @Test
    void onlyWhileApplied() {
        assertEquals(List.of(), of(appliedOn("2026-10-01").stage(Stage.WISHLIST, "2026-10-01").plan("2026-10-01"), Rule.F5));
        assertEquals(List.of(), of(appliedOn("2026-10-01").interview("iv-1", 1, "2026-10-20").stage(Stage.INTERVIEW, "2026-10-10")
                .plan("2026-10-20"), Rule.F5));
    }
}
