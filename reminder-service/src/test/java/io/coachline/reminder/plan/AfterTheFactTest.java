package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.application;
import static io.coachline.reminder.plan.Apps.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts logged after they happened (issue 15): every rule counts from the fact's own date, and a reminder
 * whose day has passed keeps it (overdue). Everything here is typed in on Thursday 3 Dec 2026.
 */
class AfterTheFactTest {

    static final String TYPED = "2026-12-03";

    /** Interview round 1 held Monday 2 Nov 2026 with Kari; the application was sent 20 Oct. */
    static Apps interviewedOn2Nov() {
        return application().appliedOn("2026-10-20").contact("kari", "Kari Nordmann").interview("iv-1", 1, "2026-11-02", "kari");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("sent 2 Nov, typed in 3 Dec: F5 10 working days after 2 Nov",
                        application().appliedOn("2026-11-02").typedIn(Stage.APPLIED, TYPED),
                        "F5 2026-11-16"),
                Arguments.of("moved WISHLIST -> APPLIED on 3 Dec for an application sent 2 Nov",
                        application().appliedOn("2026-11-02").moved(Stage.WISHLIST, Stage.APPLIED, TYPED, false),
                        "F5 2026-11-16"),
                Arguments.of("re-opened on 1 Dec: the re-opening is the fact",
                        application().appliedOn("2026-09-01").moved(Stage.REJECTED, Stage.APPLIED, "2026-12-01", true),
                        "F5 2026-12-15"),
                Arguments.of("interview held 2 Nov, booked and completed on 3 Dec",
                        interviewedOn2Nov().typedIn(Stage.INTERVIEW, TYPED),
                        "F1 2026-11-03, F2 2026-11-05, F3 2026-11-11, F6 2026-11-16"),
                Arguments.of("stage move dated 10 Nov by the tracker (typed later): F8 from 10 Nov",
                        interviewedOn2Nov().moved(Stage.INTERVIEW, Stage.REFERENCE_CHECK, "2026-11-10", false),
                        "F1 2026-11-03, F8 2026-11-11"),
                Arguments.of("answer 'you passed round 1' on 4 Nov, before the typed-in stage: F6 from 4 Nov",
                        interviewedOn2Nov().inbound("2026-11-04", Outcome.DECIDED).typedIn(Stage.INTERVIEW, TYPED),
                        "F1 2026-11-03, F6 2026-11-18"),
                Arguments.of("rejection answered 20 Nov, stage typed 3 Dec: F7 the working day after 20 Nov",
                        interviewedOn2Nov().inbound("2026-11-20", Outcome.DECIDED).typedIn(Stage.REJECTED, TYPED),
                        "F1 2026-11-03, F7 2026-11-23"),
                Arguments.of("rejected without a logged answer: the move is the only date",
                        interviewedOn2Nov().inbound("2026-11-04", Outcome.ANSWERED).typedIn(Stage.REJECTED, TYPED),
                        "F1 2026-11-03, F7 2026-12-04"),
                Arguments.of("decision promised by Fri 13 Nov, typed 3 Dec: F4 on Mon 16 Nov, status calls folded in",
                        application().appliedOn("2026-10-20").contact("kari", "Kari Nordmann")
                                .interviewDecisionBy("iv-1", 1, "2026-11-02", "2026-11-13", "kari")
                                .typedIn(Stage.INTERVIEW, TYPED),
                        "F1 2026-11-03, F4 2026-11-16"),
                Arguments.of("imported history: thanked, one status call, rejected 5 Oct (dated by the file)",
                        application().appliedOn("2026-09-01").contact("kari", "Kari Nordmann")
                                .interview("iv-1", 1, "2026-09-15", "kari")
                                .outbound("2026-09-16", Purpose.THANK_YOU, "kari")
                                .outbound("2026-09-25", Purpose.STATUS_CHECK, "kari")
                                .moved(Stage.INTERVIEW, Stage.REJECTED, "2026-10-05", false),
                        "F7 2026-10-06"),
                Arguments.of("imported history still waiting: follow-ups counted from the file's dates, one more try",
                        application().appliedOn("2026-09-01").contact("kari", "Kari Nordmann")
                                .interview("iv-1", 1, "2026-09-15", "kari")
                                .outbound("2026-09-16", Purpose.THANK_YOU, "kari")
                                .outbound("2026-09-18", Purpose.QUESTION, "kari")
                                .outbound("2026-09-24", Purpose.STATUS_CHECK, "kari")
                                .outbound("2026-10-01", Purpose.STATUS_CHECK, "kari")
                                .typedIn(Stage.INTERVIEW, TYPED),
                        "F9 2026-10-08"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRuleCountsFromTheFactsDate(String name, Apps app, String expected) {
        assertEquals(expected, summary(app.plan(TYPED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSamePlanWhicheverDayItIsTypedIn(String name, Apps app, String expected) {
        // nothing is moved to the future because its day passed: a week later the plan is the same
        assertEquals(summary(app.plan(TYPED)), summary(app.plan("2026-12-10")));
    }

    @Test
    void theOverdueReminderKeepsItsOriginalDate() {
        List<PlannedReminder> plan = application().appliedOn("2026-11-02").typedIn(Stage.APPLIED, TYPED).plan(TYPED);
        PlannedReminder f5 = Apps.only(plan, Rule.F5);
        assertEquals(d("2026-11-16"), f5.dueOn());
        assertTrue(f5.dueOn().isBefore(d(TYPED)), "overdue");
        assertEquals("F5:app-1", f5.key());
    }

    static String summary(List<PlannedReminder> plan) {
        return plan.stream().map(r -> r.rule() + " " + r.dueOn()).collect(Collectors.joining(", "));
    }
}
