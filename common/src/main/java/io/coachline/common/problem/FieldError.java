package io.coachline.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field of a request: {@code field} is the JSON path a client sent (e.g. {@code panel[1]}),
 * or a column of an uploaded file, then with the spreadsheet {@code row} it stands in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer row) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
