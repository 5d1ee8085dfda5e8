package io.coachline.reminder.plan;

import static io.coachline.reminder.plan.Apps.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageReachedTest {

    static final List<Interview> ROUND1_2NOV = List.of(
            new Interview("iv-1", 1, d("2026-11-02"), d("2026-11-02"), null, List.of()));

    @ParameterizedTest(name = "{0} -> {1} on {2} (reopen {3}) -> reached {4}")
    @CsvSource({
            "WISHLIST,   APPLIED,   2026-12-03, false, 2026-11-02", // sent 2 Nov: appliedOn wins
            "REJECTED,   APPLIED,   2026-12-01, true,  2026-12-01", // a re-opening is its own fact
            "APPLIED,    INTERVIEW, 2026-12-03, false, 2026-11-02", // an interview held 2 Nov, booked later
            "ON_HOLD,    INTERVIEW, 2026-12-01, false, 2026-12-01", // back from standby: the move's own day
            "INTERVIEW,  ON_HOLD,   2026-11-20, false, 2026-11-20", // no fact implies it: the tracker's date
            "APPLIED,    APPLIED,   2026-10-30, false, 2026-10-30", // the move is earlier than appliedOn
    })
    void theStageIsReachedOnTheDayOfTheFact(Stage from, Stage to, String at, boolean reopen, String reached) {
        List<StageReached.Move> history = List.of(new StageReached.Move(null, Stage.WISHLIST, d("2026-10-01"), false),
                new StageReached.Move(from, to, d(at), reopen));
        assertEquals(d(reached), StageReached.of(to, history, null, d("2026-11-02"), ROUND1_2NOV, List.of(), null));
    }

    @Test
    void withoutHistoryTheRecordedDateThenTheCreationDay() {
        LocalDate created = d("2026-12-03");
        assertEquals(d("2026-11-20"), StageReached.of(Stage.ON_HOLD, List.of(), d("2026-11-20"), null, List.of(),
                List.of(), created));
        assertEquals(created, StageReached.of(Stage.ON_HOLD, List.of(), null, null, List.of(), List.of(), created));
    }

    @Test
    void aDecidingAnswerBeforeTheLastInterviewDoesNotDateTheRejection() {
        // "you passed round 1" (DECIDED) on 4 Nov, round 2 held 10 Nov, rejected typed in on 3 Dec with no answer logged
        List<Interview> rounds = List.of(ROUND1_2NOV.get(0),
                new Interview("iv-2", 2, d("2026-11-10"), d("2026-11-10"), null, List.of()));
        List<Interaction> answers = List.of(new Interaction("x1", d("2026-11-04"), Channel.EMAIL, Direction.INBOUND,
                null, Purpose.OTHER, Outcome.DECIDED));
        assertEquals(d("2026-12-03"), StageReached.of(Stage.REJECTED,
                List.of(new StageReached.Move(Stage.INTERVIEW, Stage.REJECTED, d("2026-12-03"), false)), null,
                d("2026-10-20"), rounds, answers, null));
    }
}
