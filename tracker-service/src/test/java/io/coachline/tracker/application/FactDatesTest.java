package io.coachline.tracker.application;

import io.coachline.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** When facts happened, not when they were typed in (issue 15). */
class FactDatesTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final Instant NOW = Instant.parse("2026-12-03T14:00:00Z");

    @Test
    void aPastAppliedOnIsTheStartOfThatDayInTheSeekersZone() {
        assertEquals(Instant.parse("2026-11-01T23:00:00Z"), FactDates.applied(LocalDate.parse("2026-11-02"), OSLO, NOW));
        assertEquals(NOW, FactDates.applied(LocalDate.parse("2026-12-03"), OSLO, NOW), "typed in on the day: now");
        assertEquals(NOW, FactDates.applied(null, OSLO, NOW));
    }

    @Test
    void aMoveTakesAnInstantOrADate() {
        Instant previous = Instant.parse("2026-11-01T23:00:00Z");
        assertEquals(NOW, FactDates.move(null, OSLO, NOW, previous));
        assertEquals(Instant.parse("2026-11-19T09:00:00Z"), FactDates.move("2026-11-19T10:00:00+01:00", OSLO, NOW, previous));
        assertEquals(Instant.parse("2026-11-18T23:00:00Z"), FactDates.move("2026-11-19", OSLO, NOW, previous));
        assertEquals(NOW, FactDates.move("2026-12-03", OSLO, NOW, previous), "today: now");
        assertEquals(NOW, FactDates.move("2026-12-03T14:03:00Z", OSLO, NOW, previous), "within the clock skew: now");
    }

    @Test
    void aDateOnTheDayOfThePreviousMoveComesRightAfterIt() {
        Instant previous = Instant.parse("2026-11-19T09:00:00Z");
        assertEquals(previous.plusSeconds(1), FactDates.move("2026-11-19", OSLO, NOW, previous));
    }

    @Test
    void aMoveAheadOfNowOrBeforeThePreviousOneIsRefusedNamingAt() {
        Instant previous = Instant.parse("2026-11-19T09:00:00Z");
        for (String at : new String[]{"2026-12-04", "2026-12-03T15:00:00Z", "2026-11-18", "2026-11-19T08:59:00Z", "yesterday"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> FactDates.move(at, OSLO, NOW, previous), at);
            assertEquals(400, e.problem().status(), at);
            assertEquals("at", e.problem().errors().get(0).field(), at);
        }
    }

    @Test
    void anInterviewInThePastMovedTheStageAtItsOwnTime() {
        Instant applied = Instant.parse("2026-11-01T23:00:00Z");
        Instant held = Instant.parse("2026-11-19T09:00:00Z");
        assertEquals(held, FactDates.interviewReached(held, NOW, applied));
        assertEquals(NOW, FactDates.interviewReached(Instant.parse("2026-12-10T09:00:00Z"), NOW, applied), "ahead: booked now");
        assertEquals(applied, FactDates.interviewReached(Instant.parse("2026-10-30T09:00:00Z"), NOW, applied),
                "never before the previous move");
    }

    @Test
    void anInterviewWasHeldAtItsScheduledTimeUnlessTheSeekerSaysOtherwise() {
        Instant scheduled = Instant.parse("2026-12-01T09:00:00Z");
        assertEquals(scheduled, FactDates.held(null, scheduled, NOW, "heldAt"));
        assertEquals(Instant.parse("2026-12-01T13:00:00Z"),
                FactDates.held(OffsetDateTime.parse("2026-12-01T14:00:00+01:00"), scheduled, NOW, "heldAt"));
        assertEquals(NOW, FactDates.held(null, Instant.parse("2026-12-05T09:00:00Z"), NOW, "heldAt"), "completed early: now");
        for (String bad : new String[]{"2026-12-04T09:00:00Z", "2026-11-29T09:00:00Z"}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> FactDates.held(OffsetDateTime.parse(bad), scheduled, NOW, "heldAt"), bad);
            assertEquals("heldAt", e.problem().errors().get(0).field(), bad);
        }
    }
}
