package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class F8PrepareReferencesTest {

    @ParameterizedTest(name = "reference check from {0} -> prepare references {1}")
    @CsvSource({
            "2026-11-19, 2026-11-20",
            "2026-04-01, 2026-04-07",
            "2027-05-14, 2027-05-18",
    })
    void prepareReferencesTheNextWorkingDayAfterTheReferenceCheckStarted(String started, String due) {
        PlannedReminder f8 = Apps.only(application().stage(Stage.REFERENCE_CHECK, started).plan(started), Rule.F8);
        assertEquals(d(due), f8.dueOn());
        assertEquals("F8:app-1", f8.key());
        assertEquals(List.of(), f8.contactIds());
    }

    @Test
    void referenceCheckStopsStatusFollowUps() {
        List<PlannedReminder> plan = application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-19", "kari")
                .outbound("2026-11-19", Purpose.THANK_YOU).stage(Stage.REFERENCE_CHECK, "2026-11-25").plan("2026-11-25");
        assertEquals(List.of(Rule.F8), plan.stream().map(PlannedReminder::rule).toList());
    }
}
