package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coachline.reminder.draft.WhyNow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The "why now" of every rule in English and Norwegian: the planner's reasons, from real plans of every
 * stage and waiting cycle, are all in the catalogue, and their Norwegian text has no English left, no
 * ISO date and no rule code.
 */
class WhyNowTest {

    static List<PlannedReminder> everyKindOfPlan() {
        List<PlannedReminder> out = new ArrayList<>();
        // F1 (per interviewer and without one), F2, F3, F6
        out.addAll(application().contact("kari", "Kari Nordmann").contact("ola", "Ola Hansen")
                .interview("iv-1", 1, "2026-11-19", "kari", "ola").plan("2026-11-19"));
        out.addAll(application().interview("iv-1", 1, "2026-11-19").plan("2026-11-19"));
        // F3 after an answer without a date, F4 with a decision date
        out.addAll(application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-19", "kari")
                .inbound("2026-11-25", Outcome.DECISION_PENDING).plan("2026-11-25"));
        out.addAll(application().contact("kari", "Kari Nordmann")
                .interviewDecisionBy("iv-1", 1, "2026-11-19", "2026-12-04", "kari").plan("2026-11-19"));
        // F3 on standby, F5 with and without an answer, F7, F8
        out.addAll(application().stage(Stage.ON_HOLD, "2026-11-02").appliedOn("2026-10-01").plan("2026-11-02"));
        out.addAll(application().stage(Stage.APPLIED, "2026-10-01").appliedOn("2026-10-01").plan("2026-10-01"));
        out.addAll(application().stage(Stage.APPLIED, "2026-10-01").appliedOn("2026-10-01")
                .inbound("2026-10-10", Outcome.DECISION_PENDING).plan("2026-10-10"));
        out.addAll(application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-02", "kari")
                .stage(Stage.REJECTED, "2026-11-10").plan("2026-11-10"));
        out.addAll(application().stage(Stage.REJECTED, "2026-11-10").appliedOn("2026-10-01").plan("2026-11-10"));
        out.addAll(application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-02", "kari")
                .stage(Stage.REFERENCE_CHECK, "2026-11-10").plan("2026-11-10"));
        // unanswered follow-ups: one more try, then the closing message (F9)
        out.addAll(application().stage(Stage.APPLIED, "2026-09-01").appliedOn("2026-09-01")
                .outbound("2026-09-15", Purpose.STATUS_CHECK, null, Outcome.NO_ANSWER).plan("2026-09-16"));
        out.addAll(application().stage(Stage.APPLIED, "2026-09-01").appliedOn("2026-09-01")
                .outbound("2026-09-15", Purpose.STATUS_CHECK, null, Outcome.NO_ANSWER)
                .outbound("2026-09-25", Purpose.STATUS_CHECK, null, Outcome.NO_ANSWER)
                .outbound("2026-10-05", Purpose.STATUS_CHECK, null, Outcome.NO_ANSWER).plan("2026-10-06"));
        return out;
    }

    @Test
    void everyReasonThePlannerWritesHasItsNorwegianText() {
        List<PlannedReminder> plans = everyKindOfPlan();
        Set<Rule> rules = plans.stream().map(PlannedReminder::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        assertEquals(EnumSet.allOf(Rule.class), rules, "the scenarios reach every rule");
        for (PlannedReminder p : plans) {
            assertTrue(WhyNow.known(p.reason()), "not in the catalogue: " + p.reason());
            String nb = WhyNow.text(p.reason(), "nb");
            String en = WhyNow.text(p.reason(), "en");
            assertFalse(nb.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*") || en.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"),
                    "dates written out: " + nb + " / " + en);
            assertFalse(nb.matches("(?s).*\\bF[1-9]\\b.*") || en.matches("(?s).*\\bF[1-9]\\b.*"), "no rule code: " + nb);
            for (String english : List.of(" the ", " and ", " on ", " by ", "call ", "position", "follow up", "Interview ")) {
                assertFalse(nb.contains(english), "English '" + english + "' left in: " + nb);
            }
        }
    }

    @Test
    void datesAndNamesAreWrittenTheSeekersWay() {
        String reason = "Interview on 2026-11-19 and no decision date given: call Kari Nordmann and Ola Hansen for the "
                + "status between 2026-11-30 and 2026-12-03, and ask when a decision is expected.";
        assertEquals("Intervju 19. november 2026 uten dato for avgjørelsen: ring Kari Nordmann og Ola Hansen for status "
                + "mellom 30. november 2026 og 3. desember 2026, og spør når de regner med å bestemme seg.",
                WhyNow.text(reason, "nb"));
        assertEquals("Interview on 19 November 2026 and no decision date given: call Kari Nordmann and Ola Hansen for the "
                + "status between 30 November 2026 and 3 December 2026, and ask when a decision is expected.",
                WhyNow.text(reason, "en"));
        assertEquals("Avslag 10. november 2026: spør arbeidsgiveren hva som ville gjort deg til en bedre kandidat, "
                        + "takk igjen og spør om andre ledige stillinger.",
                WhyNow.text("Rejected on 2026-11-10: ask the employer what would have made you a better candidate, thank "
                        + "them again and ask about other vacancies.", "nb"));
    }
}
