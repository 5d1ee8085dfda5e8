package io.coachline.common.problem;

/** One invalid field of a request: {@code field} is the JSON path a client sent (e.g. {@code panel[1]}). */
public record FieldError(String field, String message) {
}
