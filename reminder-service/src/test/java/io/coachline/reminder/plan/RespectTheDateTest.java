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

class RespectTheDateTest {

    private static Apps decisionPromisedBy(String interview, String date) {
        return application().contact("kari", "Kari Nordmann").interviewDecisionBy("iv-1", 1, interview, date, "kari");
    }

    @ParameterizedTest(name = "interview {0}, decision by {1}: no status follow-up on or before it")
    @CsvSource({
            "2026-11-19, 2026-12-04",
            "2026-11-19, 2026-11-25",
            "2026-11-19, 2026-11-20",
            "2026-03-27, 2026-04-06",
            "2026-11-19, 2027-01-15",
    })
    void noStatusFollowUpFallsOnOrBeforeThePromisedDate(String interview, String date) {
        List<PlannedReminder> plan = decisionPromisedBy(interview, date).plan(interview);
        assertEquals(1, of(plan, Rule.F4).size());
        plan.stream().filter(r -> r.rule().isStatusFollowUp())
                .forEach(r -> assertTrue(r.dueOn().isAfter(d(date)), r.toString()));
    }

    @Test
    void theThankYouStillGoesOutTheDayAfter() {
        List<PlannedReminder> plan = decisionPromisedBy("2026-11-19", "2026-12-04").plan("2026-11-19");
        assertEquals(d("2026-11-20"), Apps.only(plan, Rule.F1).dueOn());
    }

    @Test
    void followUpsDueBeforeTheDateAreFoldedIntoTheCallAfterIt() {
        List<PlannedReminder> plan = decisionPromisedBy("2026-11-19", "2026-12-04").plan("2026-11-19");
        assertEquals(List.of("F1:iv-1:kari", "F4:iv-1"), keys(plan));
    }

    @Test
    void followUpsAfterAnEarlyDateStay() {
        // decision by Friday 20 Nov: F4 Monday 23; the case follow-up (24) and next-round call (3 Dec) are after it
        List<PlannedReminder> plan = decisionPromisedBy("2026-11-19", "2026-11-20").plan("2026-11-19");
        assertEquals(List.of("F1:iv-1:kari", "F4:iv-1", "F2:iv-1", "F6:iv-1"), keys(plan));
        assertEquals(d("2026-11-23"), Apps.only(plan, Rule.F4).dueOn());
    }

    @Test
    void aContactBeforeTheDateDoesNotBringTheNextOneForward() {
        // the seeker called anyway on 24 Nov: that call used up F4, the next try is still held to after 4 Dec
        List<PlannedReminder> plan = decisionPromisedBy("2026-11-19", "2026-12-04")
                .outbound("2026-11-24", Purpose.STATUS_CHECK, "kari", Outcome.NO_ANSWER).plan("2026-11-24");
        PlannedReminder next = plan.stream().filter(r -> r.rule().isStatusFollowUp()).findFirst().orElseThrow();
        assertEquals(d("2026-12-07"), next.dueOn());
        assertEquals("F4:iv-1:try-2", next.key());
    }

    @Test
    void withTwoWorkingDaysAfterTheDateEverythingWaitsTwoDays() {
        List<PlannedReminder> plan = decisionPromisedBy("2026-11-19", "2026-12-04")
                .plan(FollowUpPolicy.defaults().withAfterDecisionDateWorkingDays(2), "2026-11-19");
        assertEquals(d("2026-12-08"), Apps.only(plan, Rule.F4).dueOn());
    }

    @Test
    void holdBackLeavesDatesAfterTheDecisionDateAlone() {
        PlanContext ctx = decisionPromisedBy("2026-11-19", "2026-12-04").context("2026-11-19");
        assertEquals(d("2026-12-07"), RespectTheDate.holdBack(d("2026-11-24"), ctx));
        assertEquals(d("2026-12-07"), RespectTheDate.holdBack(d("2026-12-04"), ctx));
        assertEquals(d("2026-12-09"), RespectTheDate.holdBack(d("2026-12-09"), ctx));
    }

    @Test
    void theClosingMessageWaitsForTheDateToo() {
        List<PlannedReminder> plan = decisionPromisedBy("2026-11-02", "2026-12-18")
                .outbound("2026-11-05", Purpose.QUESTION, "kari").outbound("2026-11-12", Purpose.STATUS_CHECK, "kari")
                .outbound("2026-11-19", Purpose.STATUS_CHECK, "kari").plan("2026-11-19");
        assertEquals(d("2026-12-21"), Apps.only(plan, Rule.F9).dueOn());
    }
}
