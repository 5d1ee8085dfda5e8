package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpPlannerTest {

    @Test
    void aWholeInterviewPlanReadsLikeTheRulesTable() {
        List<PlannedReminder> plan = application().contact("kari", "Kari Nordmann").contact("ola", "Ola Hansen")
                .interview("iv-1", 1, "2026-11-19", "kari", "ola").plan("2026-11-19");
        assertEquals(List.of(
                        "F1 2026-11-20 F1:iv-1:kari",
                        "F1 2026-11-20 F1:iv-1:ola",
                        "F2 2026-11-24 F2:iv-1",
                        "F3 2026-11-30 F3:iv-1",
                        "F6 2026-12-03 F6:iv-1"),
                plan.stream().map(r -> r.rule() + " " + r.dueOn() + " " + r.key()).toList());
    }

    @Test
    void planningIsDeterministic() {
        Apps app = application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-19", "kari")
                .outbound("2026-11-24", Purpose.QUESTION, "kari");
        assertEquals(app.plan("2026-11-25"), app.plan("2026-11-25"));
        assertEquals(app.plan("2026-11-25"), app.plan("2027-06-01")); // once every fact is in the past, today does not matter
    }

    @Test
    void keepSearchingThePlanOnlyReadsTheApplicationItIsGiven() {
        // the signature takes one ApplicationState: no other application (however promising) can change this plan
        List<PlannedReminder> plan = application().stage(Stage.APPLIED, "2026-10-01").appliedOn("2026-10-01").plan("2026-10-01");
        assertEquals(d("2026-10-15"), Apps.only(plan, Rule.F5).dueOn());
    }

    @Test
    void everyRuleHasADescriptionAndEveryReminderAReason() {
        for (Rule rule : Rule.values()) {
            assertTrue(!rule.description().isBlank(), rule.name());
        }
        application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-19", "kari").plan("2026-11-19")
                .forEach(r -> {
                    assertNotNull(r.reason());
                    assertTrue(r.reason().endsWith("."), r.reason());
                });
        assertEquals(9, FollowUpPlanner.RULES.size());
    }
}
