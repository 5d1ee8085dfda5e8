package io.coachline.common.paging;

import io.coachline.common.problem.ProblemException;

/** The {@code limit} of every list: a whole number from 1 to 500, 50 when absent. */
public final class PageLimit {

    public static final int DEFAULT = 50;
    public static final int MAX = 500;
    public static final String MESSAGE = "Must be a whole number from 1 to " + MAX + ".";

    private PageLimit() {
    }

    public static int of(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String v = value.trim();
        // at most 3 digits: no overflow to think about, and "+5" or "1e2" are not whole numbers here
        if (!v.isEmpty() && v.length() <= 3 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int limit = Integer.parseInt(v);
            if (limit >= 1 && limit <= MAX) {
                return limit;
            }
        }
        return refuse();
    }

    private static int refuse() {
        throw ProblemException.invalid("limit", MESSAGE);
    }
}
