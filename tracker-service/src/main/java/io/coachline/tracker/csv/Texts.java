package io.coachline.tracker.csv;

final class Texts {

    private Texts() {
    }

    /** Short text (names, refs): stripped, blank is absent. */
    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Free text (notes, summaries): kept as written, blank is absent. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
