package io.coachline.common.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Query parameters read as text and converted here, so that a bad value answers 400 naming the
 * parameter (JAX-RS answers 404 when it fails to convert a typed {@code @QueryParam} itself).
 */
public final class RequestParams {

    private RequestParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "Must be a date (yyyy-MM-dd).");
        }
        return DateRange.check(name, day);
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "Must be an id (UUID).");
        }
    }
}
