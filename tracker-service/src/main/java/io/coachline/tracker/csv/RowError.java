package io.coachline.tracker.csv;

/**
 * One problem of an imported file. {@code row} is 1-based as a spreadsheet shows it (the
 * header is row 1; a quoted field spanning lines does not add rows). {@code field} is the
 * column header as written in the file, or the canonical name of a missing column, or
 * {@code null} when the problem is the row itself (too many cells, malformed CSV).
 */
public record RowError(int row, String field, String message) {

    @Override
    public String toString() {
        return "row " + row + (field == null ? "" : ", " + field) + ": " + message;
    }
}
