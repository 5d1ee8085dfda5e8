package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class F7FeedbackRequestTest {

    private static Apps rejectedOn(String day) {
        return application().contact("kari", "Kari Nordmann").contact("hr", "Hanne Rekrutterer")
                .interview("iv-1", 1, "2026-03-20", "kari").stage(Stage.REJECTED, day);
    }

    @ParameterizedTest(name = "rejected {0} -> ask for feedback {1}")
    @CsvSource({
            "2026-12-04, 2026-12-07",
            "2026-12-23, 2026-12-24",
            "2026-04-01, 2026-04-07",
    })
    void askForFeedbackOnceTheNextWorkingDayAfterTheRejection(String rejected, String due) {
        List<PlannedReminder> f7 = of(rejectedOn(rejected).outbound("2026-03-01", Purpose.THANK_YOU).plan(rejected), Rule.F7);
        assertEquals(1, f7.size());
        assertEquals(d(due), f7.get(0).dueOn());
        assertEquals("F7:app-1", f7.get(0).key());
        assertEquals(List.of("kari"), f7.get(0).contactIds());
    }

    @Test
    void aLoggedFeedbackRequestClosesIt() {
        assertEquals(List.of(), of(rejectedOn("2026-12-04").outbound("2026-12-04", Purpose.FEEDBACK_REQUEST, "kari")
                .plan("2026-12-07"), Rule.F7));
    }

    @Test
    void aRecentStatusCallDoesNotHoldItBack() {
        assertEquals(d("2026-12-07"), Apps.only(rejectedOn("2026-12-04").outbound("2026-12-03", Purpose.STATUS_CHECK, "kari")
                .plan("2026-12-04"), Rule.F7).dueOn());
    }

    @Test
    void rejectionWithoutInterviewAsksEveryContact() {
        PlannedReminder f7 = Apps.only(application().contact("hr", "Hanne Rekrutterer").stage(Stage.REJECTED, "2026-12-04")
                .plan("2026-12-04"), Rule.F7);
        assertEquals(List.of("hr"), f7.contactIds());
    }
}
