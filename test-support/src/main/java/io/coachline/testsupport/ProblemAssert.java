package io.coachline.testsupport;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What every refused request must answer: RFC 9457 problem+json, naming the field, showing nothing of Java. */
public final class ProblemAssert {

    /** Words that only Java, Jackson or a stack trace would put in a message. */
    public static final Pattern INTERNALS = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|com\\.fasterxml|jackson|Source: |line: \\d|column: \\d|Exception|\\bat \\[|io\\.coachline|\\$");

    private ProblemAssert() {
    }

    /** {@code status}, problem+json, and an error naming {@code field}; returns the body for more checks. */
    public static JsonPath assertProblem(Response r, int status, String field) {
        String what = r.getStatusCode() + " " + r.getBody().asString();
        assertEquals(status, r.getStatusCode(), what);
        JsonPath body = assertWellFormedProblem(r);
        if (field != null) {
            List<String> fields = body.getList("errors.field");
            assertTrue(fields != null && fields.contains(field), "expected an error naming " + field + ": " + what);
        }
        return body;
    }

    /** Any 4xx: problem+json with no internals; a 400 names at least one field or parameter. */
    public static JsonPath assertWellFormedProblem(Response r) {
        String text = r.getBody().asString();
        String what = r.getStatusCode() + " " + text;
        String type = r.getContentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            fail("not problem+json (" + type + "): " + what);
        }
        JsonPath body = JsonPath.from(text);
        assertEquals(r.getStatusCode(), body.getInt("status"), what);
        assertFalse(INTERNALS.matcher(text).find(), "internals in the answer: " + what);
        if (r.getStatusCode() == 400) {
            List<String> fields = body.getList("errors.field");
            assertTrue(fields != null && !fields.isEmpty() && fields.stream().allMatch(f -> f != null && !f.isBlank()),
                    "a 400 names the field: " + what);
        }
        return body;
    }
}
