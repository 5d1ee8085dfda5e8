package io.coachline.tracker.application;

import static io.coachline.tracker.application.Stage.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StageMachineTest {

    /**
     * Every (from, to) pair without re-opening. Rows: from; columns: to, in the order of the
     * header. {@code Y} = allowed, {@code .} = refused.
     */
    static final String NORMAL_MOVES = """
            from \\ to       WISH APPL INTV REFC OFFR ACPT REJ  WDRN NORS HOLD
            WISHLIST         .    Y    .    .    .    .    .    Y    .    .
            APPLIED          .    .    Y    .    .    .    Y    Y    Y    Y
            INTERVIEW        .    .    Y    Y    Y    .    Y    Y    Y    Y
            REFERENCE_CHECK  .    .    .    .    Y    .    Y    Y    Y    Y
            OFFER            .    .    .    .    .    Y    Y    Y    Y    Y
            ACCEPTED         .    .    .    .    .    .    .    .    .    .
            REJECTED         .    .    .    .    .    .    .    .    .    .
            WITHDRAWN        .    .    .    .    .    .    .    .    .    .
            NO_RESPONSE      .    .    .    .    .    .    .    .    .    .
            ON_HOLD          .    Y    Y    Y    Y    .    Y    Y    Y    .
            """;

    /** Every (from, to) pair with {@code reopen=true}: open stages follow the normal table. */
    static final String REOPEN_MOVES = """
            from \\ to       WISH APPL INTV REFC OFFR ACPT REJ  WDRN NORS HOLD
            WISHLIST         .    Y    .    .    .    .    .    Y    .    .
            APPLIED          .    .    Y    .    .    .    Y    Y    Y    Y
            INTERVIEW        .    .    Y    Y    Y    .    Y    Y    Y    Y
            REFERENCE_CHECK  .    .    .    .    Y    .    Y    Y    Y    Y
            OFFER            .    .    .    .    .    Y    Y    Y    Y    Y
            ACCEPTED         .    Y    Y    Y    Y    .    .    .    .    Y
            REJECTED         .    Y    Y    Y    Y    .    .    .    .    Y
            WITHDRAWN        .    Y    Y    Y    Y    .    .    .    .    Y
            NO_RESPONSE      .    Y    Y    Y    Y    .    .    .    .    Y
            ON_HOLD          .    Y    Y    Y    Y    .    Y    Y    Y    .
            """;

    static Stream<Arguments> normalMoves() {
        return matrix(NORMAL_MOVES);
    }

    static Stream<Arguments> reopenMoves() {
        return matrix(REOPEN_MOVES);
    }

    private static Stream<Arguments> matrix(String table) {
        List<String> lines = table.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1 + Stage.values().length, lines.size(), "one header and one row per stage");
        List<Arguments> cases = new ArrayList<>();
        Stage[] columns = Stage.values();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            assertEquals(1 + columns.length, cells.length, "row " + line);
            Stage from = Stage.valueOf(cells[0]);
            for (int i = 0; i < columns.length; i++) {
                boolean allowed = switch (cells[i + 1]) {
                    case "Y" -> true;
                    case "." -> false;
                    default -> throw new IllegalArgumentException("cell " + cells[i + 1] + " in " + line);
                };
                cases.add(Arguments.of(from, columns[i], allowed));
            }
        }
        assertEquals(100, cases.size());
        assertEquals(EnumSet.allOf(Stage.class).size(),
                cases.stream().map(a -> a.get()[0]).distinct().count(), "every stage has a row");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("normalMoves")
    void everyPairWithoutReopenHasTheTableVerdict(Stage from, Stage to, boolean allowed) {
        assertEquals(allowed, StageMachine.allowedMoves(from).contains(to));
        assertEquals(allowed, StageMachine.isAllowed(from, to, false));
        if (allowed) {
            assertDoesNotThrow(() -> StageMachine.check(from, to, false));
        } else {
            IllegalStageMove e = assertThrows(IllegalStageMove.class, () -> StageMachine.check(from, to, false));
            assertEquals(from, e.from());
            assertEquals(to, e.to());
            assertFalse(e.reopen());
            assertEquals(StageMachine.allowedMoves(from), e.allowed());
        }
    }

    @ParameterizedTest(name = "reopen {0} → {1}: allowed={2}")
    @MethodSource("reopenMoves")
    void everyPairWithReopenHasTheTableVerdict(Stage from, Stage to, boolean allowed) {
        assertEquals(allowed, StageMachine.isAllowed(from, to, true));
        if (allowed) {
            assertDoesNotThrow(() -> StageMachine.check(from, to, true));
        } else {
            IllegalStageMove e = assertThrows(IllegalStageMove.class, () -> StageMachine.check(from, to, true));
            assertTrue(e.reopen());
            assertFalse(e.needsReopen());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"ACCEPTED", "REJECTED", "WITHDRAWN", "NO_RESPONSE"})
    void aTerminalStageIsLeftOnlyByAnExplicitReopen(Stage closed) {
        assertTrue(closed.isTerminal());
        assertTrue(StageMachine.allowedMoves(closed).isEmpty());
        IllegalStageMove e = assertThrows(IllegalStageMove.class, () -> StageMachine.check(closed, INTERVIEW, false));
        assertTrue(e.needsReopen());
        assertTrue(e.getMessage().contains("re-opened explicitly"), e.getMessage());
        assertDoesNotThrow(() -> StageMachine.check(closed, INTERVIEW, true));
        assertEquals(EnumSet.of(APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER, ON_HOLD), StageMachine.allowedReopenMoves(closed));
    }

    @Test
    void reopenNeverGoesToWishlistNorStraightIntoAnotherClosedStage() {
        for (Stage closed : EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN, NO_RESPONSE)) {
            assertFalse(StageMachine.isAllowed(closed, WISHLIST, true));
            for (Stage other : Stage.values()) {
                if (other.isTerminal()) {
                    assertFalse(StageMachine.isAllowed(closed, other, true), closed + " → " + other);
                }
            }
        }
    }

    @Test
    void aRejectedRunnerUpCanBeReopenedStraightToTheOffer() {
        assertDoesNotThrow(() -> StageMachine.check(REJECTED, OFFER, true));
        assertDoesNotThrow(() -> StageMachine.check(OFFER, ACCEPTED, false));
    }

    @Test
    void reopenOnAnOpenStageChangesNothing() {
        for (Stage open : Stage.values()) {
            if (!open.isTerminal()) {
                assertEquals(StageMachine.allowedMoves(open), StageMachine.allowedMoves(open, true));
                assertTrue(StageMachine.allowedReopenMoves(open).isEmpty());
            }
        }
    }

    @Test
    void anotherInterviewRoundIsTheOnlyMoveToTheSameStage() {
        for (Stage s : Stage.values()) {
            assertEquals(s == INTERVIEW, StageMachine.isAllowed(s, s, false), s.name());
            assertEquals(s == INTERVIEW, StageMachine.isAllowed(s, s, true), s.name());
        }
    }

    @Test
    void theMessageNamesTheMoveAndTheAllowedMoves() {
        IllegalStageMove e = assertThrows(IllegalStageMove.class, () -> StageMachine.check(WISHLIST, OFFER, false));
        assertEquals("Cannot move an application from WISHLIST to OFFER. Allowed from WISHLIST: APPLIED, WITHDRAWN.",
                e.getMessage());
        assertEquals(EnumSet.of(APPLIED, WITHDRAWN), e.allowed());
        assertTrue(e.allowedWithReopen().isEmpty());
    }

    @Test
    void theMessageOfAClosedStageNamesTheReopenMoves() {
        IllegalStageMove e = assertThrows(IllegalStageMove.class, () -> StageMachine.check(NO_RESPONSE, INTERVIEW, false));
        assertEquals("Cannot move an application from NO_RESPONSE to INTERVIEW. NO_RESPONSE is closed and must be"
                + " re-opened explicitly (reopen=true) first; it can only be re-opened to: APPLIED, INTERVIEW,"
                + " REFERENCE_CHECK, OFFER, ON_HOLD.", e.getMessage());
        IllegalStageMove e2 = assertThrows(IllegalStageMove.class, () -> StageMachine.check(REJECTED, WISHLIST, true));
        assertTrue(e2.getMessage().contains("can only be re-opened to: APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER, ON_HOLD"),
                e2.getMessage());
    }

    @Test
    void theMessageOfAMoveToTheSameStageSaysSo() {
        IllegalStageMove e = assertThrows(IllegalStageMove.class, () -> StageMachine.check(OFFER, OFFER, false));
        assertTrue(e.getMessage().contains("already OFFER"), e.getMessage());
        assertTrue(e.getMessage().contains("ACCEPTED, REJECTED, WITHDRAWN, NO_RESPONSE, ON_HOLD"), e.getMessage());
    }

    @Test
    void allowedSetsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> StageMachine.allowedMoves(APPLIED).add(OFFER));
        assertThrows(UnsupportedOperationException.class, () -> StageMachine.allowedReopenMoves(REJECTED).add(WISHLIST));
    }

    @Test
    void terminalAndActiveStages() {
        assertEquals(EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN, NO_RESPONSE),
                EnumSet.copyOf(Arrays.stream(Stage.values()).filter(Stage::isTerminal).toList()));
        assertEquals(EnumSet.of(APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER, ON_HOLD),
                EnumSet.copyOf(Arrays.stream(Stage.values()).filter(Stage::isActive).toList()));
        assertTrue(WISHLIST.isOpen());
        assertFalse(WISHLIST.isActive());
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> StageMachine.check(null, APPLIED, false));
        assertThrows(NullPointerException.class, () -> StageMachine.check(APPLIED, null, false));
    }
}
