package io.coachline.feedback.report;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * No report singles a person out: a cell that counts fewer than {@value #MIN_SEEKERS} distinct
 * seekers is hidden (primary suppression). Where a table also shows an additive total, one hidden
 * cell could be recomputed as total minus the others, so then the next smallest cell is hidden too
 * (complementary suppression), or the total when there is no other cell to hide.
 *
 * <p>A cell that counts nobody (0) is shown: it singles nobody out, and it never serves as a
 * complement because subtracting it reveals nothing. Pure Java, no framework: see its table tests.
 */
public final class SmallCellSuppression {

    public static final int MIN_SEEKERS = 5;

    private SmallCellSuppression() {
    }

    /** One number of a report: {@code value} is what is shown, {@code seekers} how many distinct seekers it counts. */
    public record Cell(String key, long value, long seekers) {
    }

    /** The keys of the hidden cells, and whether the total must be hidden. */
    public record Decision(Set<String> suppressed, boolean totalSuppressed) {
        public boolean hides(String key) {
            return suppressed.contains(key);
        }
    }

    /** Primary suppression of one cell. */
    public static boolean small(long seekers) {
        return seekers > 0 && seekers < MIN_SEEKERS;
    }

    /** Cells without an additive total: each cell stands alone. */
    public static Decision cells(List<Cell> cells) {
        return table(cells, null);
    }

    /**
     * @param cells cells that add up to {@code total} (or that are read beside it)
     * @param total the additive total shown with them, or null when none is shown
     */
    public static Decision table(List<Cell> cells, Cell total) {
        Set<String> hidden = new LinkedHashSet<>();
        for (Cell c : cells) {
            if (small(c.seekers())) {
                hidden.add(c.key());
            }
        }
        if (total == null) {
            return new Decision(Set.copyOf(hidden), false);
        }
        if (small(total.seekers())) {
            for (Cell c : cells) {
                if (c.value() > 0) {
                    hidden.add(c.key());
                }
            }
            return new Decision(Set.copyOf(hidden), true);
        }
        boolean totalHidden = false;
        if (hidden.size() == 1) {
            Cell complement = cells.stream()
                    .filter(c -> !hidden.contains(c.key()) && c.value() > 0)
                    .min(Comparator.comparingLong(Cell::value).thenComparingLong(Cell::seekers).thenComparing(Cell::key))
                    .orElse(null);
            if (complement != null) {
                hidden.add(complement.key());
            } else {
                totalHidden = true;
            }
        }
        return new Decision(Set.copyOf(hidden), totalHidden);
    }
}
