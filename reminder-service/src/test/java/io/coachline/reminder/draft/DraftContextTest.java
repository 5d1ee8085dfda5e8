package io.coachline.reminder.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coachline.reminder.plan.ApplicationState;
import io.coachline.reminder.plan.Contact;
import io.coachline.reminder.plan.ContactRole;
import io.coachline.reminder.plan.FollowUpPlanner;
import io.coachline.reminder.plan.FollowUpPolicy;
import io.coachline.reminder.plan.Interview;
import io.coachline.reminder.plan.PlannedReminder;
import io.coachline.reminder.plan.Rule;
import io.coachline.reminder.plan.Stage;
import io.coachline.reminder.plan.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DraftContextTest {

    private static final LocalDate NOV_19 = LocalDate.parse("2026-11-19");

    private static final ApplicationState APP = new ApplicationState("app-1", "seeker-1", "fjord", "Equinor",
            "Senior Developer", "PRIVATE", Stage.INTERVIEW, LocalDate.parse("2026-11-10"), LocalDate.parse("2026-10-01"),
            List.of(new Contact("kari", "Kari Nordmann", ContactRole.INTERVIEWER, null),
                    new Contact("ola", "Ola Hansen", ContactRole.HR, null)),
            List.of(new Interview("iv-1", 1, NOV_19, NOV_19, LocalDate.parse("2026-12-04"), List.of("kari", "ola"))),
            List.of());

    @Test
    void aPlannedThankYouGetsItsOwnInterviewersNameAndTheInterviewDetails() {
        List<PlannedReminder> plan = FollowUpPlanner.plan(APP, FollowUpPolicy.defaults(), WorkingCalendar.norway(), NOV_19);
        PlannedReminder toOla = plan.stream().filter(r -> r.key().equals("F1:iv-1:ola")).findFirst().orElseThrow();
        DraftContext ctx = DraftContext.from(APP, toOla, "Ada Lovelace");
        assertEquals(new DraftContext("Ada Lovelace", "Equinor", "Senior Developer", "Ola Hansen", NOV_19,
                LocalDate.parse("2026-12-04"), LocalDate.parse("2026-10-01"), 1), ctx);
        assertEquals("Dear Ola Hansen,", DraftComposer.compose(Rule.F1, ctx, Locale.ENGLISH, null).body().lines().findFirst().orElseThrow());
    }

    @Test
    void aReminderWithoutInterviewUsesTheLastCompletedOne() {
        PlannedReminder f9 = new PlannedReminder(Rule.F9, NOV_19, "F9:app-1", List.of(), null, "Let it go.");
        DraftContext ctx = DraftContext.from(APP, f9, "Ada Lovelace");
        assertEquals(NOV_19, ctx.interviewDate());
        assertEquals(null, ctx.contactName());
        assertEquals("19. november 2026", ctx.values("nb").get("interviewDate"));
        assertEquals("2", ctx.values("en").get("nextRound"));
    }
}
