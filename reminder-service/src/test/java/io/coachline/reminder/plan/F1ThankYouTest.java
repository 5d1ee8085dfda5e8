package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.keys;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class F1ThankYouTest {

    private static Apps interviewedOn(String day) {
        return application().contact("kari", "Kari Nordmann").interview("iv-1", 1, day, "kari");
    }

    @ParameterizedTest(name = "interview {0} -> thank-you due {1} ({2})")
    @CsvSource({
            "2026-11-19, 2026-11-20, Thursday to Friday",
            "2026-11-20, 2026-11-23, Friday to Monday",
            "2026-04-01, 2026-04-07, over Easter",
            "2026-12-24, 2026-12-28, over Christmas",
            "2026-12-23, 2026-12-24, Christmas Eve is a working day unless the tenant adds it",
            "2027-05-14, 2027-05-18, over 17 May",
    })
    void thankYouIsDueTheNextWorkingDay(String interview, String due, String why) {
        List<PlannedReminder> f1 = new F1ThankYou().plan(interviewedOn(interview).context(interview));
        assertEquals(1, f1.size());
        assertEquals(d(due), f1.get(0).dueOn(), why);
    }

    @Test
    void thankYouSkipsChristmasWhenTheTenantAddsChristmasEve() {
        WorkingCalendar tenant = new WorkingCalendar(HolidayCalendar.norway().withAdded(d("2026-12-24")));
        List<PlannedReminder> plan = FollowUpPlanner.plan(interviewedOn("2026-12-23").build(), FollowUpPolicy.defaults(),
                tenant, d("2026-12-23"));
        assertEquals(d("2026-12-28"), Apps.only(plan, Rule.F1).dueOn());
    }

    @Test
    void aTenantMayChooseTwoWorkingDays() {
        List<PlannedReminder> plan = interviewedOn("2026-11-19")
                .plan(FollowUpPolicy.defaults().withThankYouAfterWorkingDays(2), "2026-11-19");
        assertEquals(d("2026-11-23"), Apps.only(plan, Rule.F1).dueOn());
    }

    @Test
    void eachPanelMemberGetsTheirOwnThankYou() {
        List<PlannedReminder> f1 = of(application().contact("kari", "Kari Nordmann").contact("ola", "Ola Hansen")
                .interview("iv-1", 1, "2026-11-19", "kari", "ola").plan("2026-11-19"), Rule.F1);
        assertEquals(List.of("F1:iv-1:kari", "F1:iv-1:ola"), keys(f1));
        assertEquals(List.of("kari"), f1.get(0).contactIds());
        assertEquals(List.of("ola"), f1.get(1).contactIds());
        assertEquals("iv-1", f1.get(0).interviewId());
        assertEquals("Interview on 2026-11-19 with Kari Nordmann: thank Kari Nordmann by 2026-11-20, "
                + "restating your interest in the Senior Developer position.", f1.get(0).reason());
        assertTrue(f1.get(1).reason().contains("Ola Hansen"));
    }

    @Test
    void aLoggedThankYouToOneInterviewerClosesOnlyTheirs() {
        List<PlannedReminder> f1 = of(application().contact("kari", "Kari Nordmann").contact("ola", "Ola Hansen")
                .interview("iv-1", 1, "2026-11-19", "kari", "ola")
                .outbound("2026-11-20", Purpose.THANK_YOU, "kari")
                .plan("2026-11-20"), Rule.F1);
        assertEquals(List.of("F1:iv-1:ola"), keys(f1));
    }

    @Test
    void aThankYouToNobodyInParticularClosesEveryThankYouOfThatInterview() {
        List<PlannedReminder> f1 = of(application().contact("kari", "Kari Nordmann").contact("ola", "Ola Hansen")
                .interview("iv-1", 1, "2026-11-19", "kari", "ola")
                .outbound("2026-11-19", Purpose.THANK_YOU)
                .plan("2026-11-20"), Rule.F1);
        assertEquals(List.of(), f1);
    }

    @Test
    void aThankYouForAnEarlierRoundDoesNotCloseTheNextRoundsThankYou() {
        List<PlannedReminder> f1 = of(application().contact("kari", "Kari Nordmann")
                .interview("iv-1", 1, "2026-11-10", "kari")
                .outbound("2026-11-11", Purpose.THANK_YOU, "kari")
                .interview("iv-2", 2, "2026-11-19", "kari")
                .plan("2026-11-19"), Rule.F1);
        assertEquals(List.of("F1:iv-2:kari"), keys(f1));
    }

    @Test
    void anInterviewWithoutAKnownPanelGetsOneThankYouForEveryone() {
        List<PlannedReminder> f1 = of(application().interview("iv-1", 1, "2026-11-19").plan("2026-11-19"), Rule.F1);
        assertEquals(List.of("F1:iv-1"), keys(f1));
        assertEquals(List.of(), f1.get(0).contactIds());
    }

    @Test
    void anInterviewNotYetHeldGetsNoThankYou() {
        assertEquals(List.of(), of(application().contact("kari", "Kari Nordmann").scheduled("iv-1", 1, "2026-11-19")
                .plan("2026-11-19"), Rule.F1));
    }

    @Test
    void theThankYouStillGoesOutAfterARejection() {
        List<PlannedReminder> plan = interviewedOn("2026-11-19").stage(Stage.REJECTED, "2026-11-20").plan("2026-11-20");
        assertEquals(d("2026-11-20"), Apps.only(plan, Rule.F1).dueOn());
    }

    @ParameterizedTest(name = "{0} cancels the thank-you")
    @CsvSource({"WITHDRAWN", "NO_RESPONSE"})
    void endingTheProcessCancelsTheThankYou(Stage stage) {
        assertEquals(List.of(), of(interviewedOn("2026-11-19").stage(stage, "2026-11-19").plan("2026-11-20"), Rule.F1));
    }
}
