package io.coachline.feedback.report;

import io.coachline.feedback.report.SmallCellSuppression.Cell;
import io.coachline.feedback.report.SmallCellSuppression.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallCellSuppressionTest {

    @Test
    void aTagUsedByFourSeekersIsHiddenByFiveShown() {
        Decision d = SmallCellSuppression.cells(List.of(new Cell("four", 9, 4), new Cell("five", 5, 5)));
        assertTrue(d.hides("four"));
        assertFalse(d.hides("five"));
    }

    @Test
    void nobodyCountedIsShownAsZero() {
        assertFalse(SmallCellSuppression.cells(List.of(new Cell("none", 0, 0))).hides("none"));
    }

    @Test
    void oneHiddenCellBesideATotalTakesTheNextSmallestWithIt() {
        // total 40 shown: without a complement, 40 - 20 - 12 - 6 would give the hidden 2 back
        Decision d = SmallCellSuppression.table(List.of(new Cell("a", 20, 10), new Cell("b", 12, 8), new Cell("c", 6, 6), new Cell("d", 2, 2)),
                new Cell("total", 40, 26));
        assertEquals(Set.of("c", "d"), d.suppressed());
        assertFalse(d.totalSuppressed());
    }

    @Test
    void zeroCellsAreNoComplement() {
        Decision d = SmallCellSuppression.table(List.of(new Cell("a", 20, 10), new Cell("z", 0, 0), new Cell("d", 2, 2)), new Cell("total", 22, 12));
        assertEquals(Set.of("a", "d"), d.suppressed());
    }

    @Test
    void withoutAnotherCellTheTotalGoes() {
        Decision d = SmallCellSuppression.table(List.of(new Cell("only", 3, 3), new Cell("z", 0, 0)), new Cell("total", 3, 3));
        assertTrue(d.hides("only"));
        assertTrue(d.totalSuppressed());
    }

    @Test
    void aSmallTotalHidesEverythingCounted() {
        Decision d = SmallCellSuppression.table(List.of(new Cell("a", 3, 2), new Cell("b", 2, 2), new Cell("z", 0, 0)), new Cell("total", 5, 4));
        assertEquals(Set.of("a", "b"), d.suppressed());
        assertTrue(d.totalSuppressed());
    }

    @Test
    void twoHiddenCellsNeedNoComplement() {
        Decision d = SmallCellSuppression.table(List.of(new Cell("a", 30, 20), new Cell("b", 3, 3), new Cell("c", 4, 4)), new Cell("total", 37, 27));
        assertEquals(Set.of("b", "c"), d.suppressed());
        assertFalse(d.totalSuppressed());
    }

    /** cells as key:value:seekers; expected hidden keys (sorted, joined by space); whether the total goes. */
    @ParameterizedTest(name = "{0} of total {1} -> hide [{2}] total hidden {3}")
    @CsvSource(delimiter = ';', value = {
            "a:10:10 b:10:5;                20:15;  '';      false",
            "a:10:10 b:10:4;                20:14;  a b;     false",
            "a:10:10 b:6:6 c:8:7 d:1:1;     25:24;  b d;     false",
            "a:10:10 b:6:6 c:6:5 d:1:1;     23:22;  c d;     false",
            "a:1:1;                          1:1;   a;       true",
            "a:50:30 b:4:4 c:0:0;           54:34;  a b;     false",
            "a:50:30 b:4:4 c:3:3;           57:37;  b c;     false",
            "a:4:4 b:4:4;                    8:8;   a b;     false",
    })
    void table(String cells, String total, String hidden, boolean totalHidden) {
        List<Cell> list = new ArrayList<>();
        for (String c : cells.trim().split(" ")) {
            String[] p = c.split(":");
            list.add(new Cell(p[0], Long.parseLong(p[1]), Long.parseLong(p[2])));
        }
        String[] t = total.trim().split(":");
        Decision d = SmallCellSuppression.table(list, new Cell("total", Long.parseLong(t[0]), Long.parseLong(t[1])));
        assertEquals(hidden.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(hidden.trim().split(" "))), new TreeSet<>(d.suppressed()));
        assertEquals(totalHidden, d.totalSuppressed());
    }

    @Test
    void noSingleHiddenCellCanBeRecomputedFromWhatIsShown() {
        // exhaustive over small tables: whenever the total is shown, either no cell or at least two cells are hidden
        for (int a = 0; a <= 7; a++) {
            for (int b = 0; b <= 7; b++) {
                for (int c = 0; c <= 7; c++) {
                    List<Cell> cells = List.of(new Cell("a", a, a), new Cell("b", b, b), new Cell("c", c, c));
                    Decision d = SmallCellSuppression.table(cells, new Cell("t", a + b + c, a + b + c));
                    long hiddenWithValue = cells.stream().filter(x -> d.hides(x.key())).count();
                    assertTrue(d.totalSuppressed() || hiddenWithValue != 1, "a=" + a + " b=" + b + " c=" + c + " -> " + d);
                    cells.stream().filter(x -> SmallCellSuppression.small(x.seekers())).forEach(x -> assertTrue(d.hides(x.key())));
                }
            }
        }
    }
}
