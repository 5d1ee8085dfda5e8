package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** An import of a long history does not flood Today: per application only the most relevant overdue step stays open. */
class LateArrivalsTest {

    static final String TODAY = AfterTheFactTest.TYPED;

    /** Interview on 2 Nov with two interviewers, typed in on 3 Dec: F1 x2, F2, F3 and F6 are all overdue. */
    static List<PlannedReminder> importedInterview() {
        return Apps.application().appliedOn("2026-10-20").contact("kari", "Kari").contact("ola", "Ola")
                .interview("iv-1", 1, "2026-11-02", "kari", "ola").typedIn(Stage.INTERVIEW, TODAY).plan(TODAY);
    }

    @Test
    void onlyTheLastOverdueStepOfAnImportedApplicationStaysOpen() {
        assertEquals(new TreeSet<>(Set.of("F1:iv-1:kari", "F1:iv-1:ola", "F2:iv-1", "F3:iv-1")),
                new TreeSet<>(LateArrivals.missed(importedInterview(), d(TODAY), key -> false)));
    }

    @Test
    void everythingDueThatLastDayStaysOpen() {
        // the thank-you notes to both panel members are one step
        List<PlannedReminder> plan = Apps.application().appliedOn("2026-10-20").contact("kari", "Kari").contact("ola", "Ola")
                .interview("iv-1", 1, "2026-12-01", "kari", "ola").typedIn(Stage.INTERVIEW, TODAY).plan(TODAY);
        assertEquals(Set.of(), LateArrivals.missed(plan, d(TODAY), key -> false));
    }

    @Test
    void remindersTheSeekerAlreadyHadAreNeverMissed() {
        // F1 and F2 were scheduled before their day came: they stay open, overdue, with their dates
        Set<String> missed = LateArrivals.missed(importedInterview(), d(TODAY),
                key -> key.startsWith("F1:") || key.startsWith("F2:"));
        assertEquals(Set.of("F3:iv-1"), missed);
    }

    @Test
    void nothingIsMissedWhenNothingIsOverdue() {
        List<PlannedReminder> plan = Apps.application().appliedOn("2026-10-20").contact("kari", "Kari")
                .interview("iv-1", 1, "2026-12-02", "kari").typedIn(Stage.INTERVIEW, "2026-12-02").plan("2026-12-02");
        assertEquals(Set.of(), LateArrivals.missed(plan, d("2026-12-02"), key -> false));
        assertEquals(Set.of(), LateArrivals.missed(List.of(), d(TODAY), key -> false));
    }
}
