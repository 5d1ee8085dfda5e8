package io.coachline.tracker.csv;

/**
 * The text is not well-formed CSV (RFC 4180): an unterminated quoted field, or text after a
 * closing quote. Carries the physical line (1-based) and the record number (1-based, the
 * row a spreadsheet shows; a quoted field with line breaks spans several lines but is one row).
 */
public class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int row;

    public CsvFormatException(String message, int line, int row) {
        super(message);
        this.line = line;
        this.row = row;
    }

    /** Physical line (1-based) where the problem is. */
    public int line() {
        return line;
    }

    /** Record number (1-based, header = 1) of the record with the problem. */
    public int row() {
        return row;
    }
}
