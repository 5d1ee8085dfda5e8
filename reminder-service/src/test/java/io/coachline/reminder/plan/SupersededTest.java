package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static io.coachline.reminder.plan.Apps.keys;
import static io.coachline.reminder.plan.Apps.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupersededTest {

    /** Interviewed Thursday 19 Nov, no thank-you sent yet, round 1 done; the stage is what the test sets. */
    private static Apps interviewed() {
        return application().contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-19", "kari");
    }

    @ParameterizedTest(name = "stage {0} plans {1}")
    @CsvSource(delimiter = '|', value = {
            "INTERVIEW       | F1,F2,F3,F6",
            "REFERENCE_CHECK | F1,F8",
            "OFFER           | F1",
            "ACCEPTED        | F1",
            "REJECTED        | F1,F7",
            "ON_HOLD         | F1,F3",
            "WITHDRAWN       | ''",
            "NO_RESPONSE     | ''",
            "WISHLIST        | F1",
    })
    void aNewStageCancelsWhatBelongedToTheOldOne(Stage stage, String rules) {
        List<PlannedReminder> plan = interviewed().stage(stage, "2026-11-20").plan("2026-11-20");
        List<Rule> expected = rules.isEmpty() ? List.of() : Arrays.stream(rules.split(",")).map(Rule::valueOf).toList();
        assertEquals(expected, plan.stream().map(PlannedReminder::rule).distinct().sorted().toList());
    }

    @Test
    void anInboundAnswerCancelsThePendingNoAnswerRemindersAndReAnchorsThem() {
        List<PlannedReminder> plan = interviewed().outbound("2026-11-20", Purpose.THANK_YOU, "kari")
                .inbound("2026-11-23", Outcome.ANSWERED).plan("2026-11-23");
        assertEquals(List.of("F3:iv-1:since-2026-11-23", "F6:iv-1:since-2026-11-23"), keys(plan));
        assertEquals(d("2026-12-02"), plan.get(0).dueOn());
    }

    @Test
    void anAnsweredPhoneCallCountsAsAnAnswer() {
        List<PlannedReminder> plan = interviewed().outbound("2026-11-20", Purpose.THANK_YOU, "kari")
                .outbound("2026-11-24", Purpose.STATUS_CHECK, "kari", Outcome.DECISION_PENDING).plan("2026-11-24");
        assertEquals(List.of("F3:iv-1:since-2026-11-24", "F6:iv-1:since-2026-11-24"), keys(plan));
    }

    @Test
    void aLoggedStatusContactClosesTheStatusFollowUpItStoodFor() {
        List<PlannedReminder> plan = interviewed().outbound("2026-11-20", Purpose.THANK_YOU, "kari")
                .outbound("2026-11-24", Purpose.QUESTION, "kari", Outcome.NO_ANSWER)
                .outbound("2026-12-01", Purpose.STATUS_CHECK, "kari", Outcome.NO_ANSWER).plan("2026-12-01");
        assertEquals(List.of("F6:iv-1"), keys(plan));
        assertEquals(d("2026-12-08"), plan.get(0).dueOn());
    }

    @Test
    void aLoggedThankYouClosesTheThankYou() {
        assertEquals(List.of(), of(interviewed().outbound("2026-11-20", Purpose.THANK_YOU, "kari").plan("2026-11-20"), Rule.F1));
    }

    @Test
    void anOfferCancelsTheStatusChecks() {
        List<PlannedReminder> plan = interviewed().outbound("2026-11-20", Purpose.THANK_YOU, "kari")
                .stage(Stage.OFFER, "2026-11-26").plan("2026-11-26");
        assertEquals(List.of(), plan);
    }

    @Test
    void aScheduledNextRoundSupersedesTheStatusFollowUpsOfTheLastOne() {
        List<PlannedReminder> plan = interviewed().outbound("2026-11-20", Purpose.THANK_YOU, "kari")
                .scheduled("iv-2", 2, "2026-12-02").plan("2026-11-25");
        assertEquals(List.of(), plan);
    }

    @Test
    void factsLoggedAheadOfTodayDoNotCountYet() {
        List<PlannedReminder> plan = interviewed().outbound("2026-11-20", Purpose.THANK_YOU, "kari").plan("2026-11-19");
        assertEquals(List.of("F1:iv-1:kari", "F2:iv-1", "F3:iv-1", "F6:iv-1"), keys(plan));
    }

    @Test
    void overdueRemindersAreKeptWithTheirDate() {
        List<PlannedReminder> plan = interviewed().plan("2027-02-01");
        assertEquals(d("2026-11-20"), Apps.only(plan, Rule.F1).dueOn());
        assertEquals(d("2026-11-24"), Apps.only(plan, Rule.F2).dueOn());
    }
}
