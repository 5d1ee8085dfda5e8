package io.coachline.common.csv;

/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula. Exports prefix such a cell with
 * a single quote, which spreadsheets show as text; imports take exactly that quote off again, so
 * export → import gives back the same text.
 *
 * <p>A cell that already starts with quotes followed by such a character ({@code '=x}) gets one
 * more quote, so that {@link #restore} never removes a quote the author wrote.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /** The cell as an export writes it: {@code "'" + text} when a spreadsheet would run it, else {@code text}. */
    public static String neutralise(String text) {
        return needsQuote(text) ? "'" + text : text;
    }

    /** The inverse of {@link #neutralise}: takes off the one quote an export added. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && needsQuote(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    /** True if a spreadsheet would run the text as a formula, past any quotes already in front. */
    static boolean needsQuote(String text) {
        if (text == null) {
            return false;
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        return switch (text.charAt(i)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
