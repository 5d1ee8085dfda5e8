package io.coachline.common.concurrency;

import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Optimistic concurrency over HTTP (RFC 9110 section 13.1.1): the {@code If-Match} a write came with,
 * checked against the version the service holds, and the {@code ETag} its answer carries.
 * Filled by {@link EntityTagFilters}; outside an HTTP request (Kafka, jobs) it holds nothing and
 * checks nothing.
 */
@RequestScoped
public class EntityTags {

    private String ifMatch;
    private Supplier<Object> answer;

    /** The strong entity tag of a version: {@code "7"}. */
    public static String of(Object version) {
        return "\"" + version + "\"";
    }

    void ifMatch(String header) {
        this.ifMatch = header == null || header.isBlank() ? null : header.trim();
    }

    /** 412 when the request names versions and the current one is not among them; no If-Match passes. */
    public void check(Object current) {
        if (ifMatch != null && !matches(ifMatch, of(current))) {
            throw new ProblemException(Problem.of(412, "stale-version", "Precondition failed",
                            "This was changed since you read it; read it again (ETag " + of(current) + ") and repeat your change.")
                    .with("currentETag", of(current)));
        }
    }

    /** As {@link #check}, but a write without If-Match answers 428: for full replacements, where a lost update costs most. */
    public void require(Object current) {
        if (ifMatch == null) {
            throw new ProblemException(Problem.of(428, "precondition-required", "Precondition required",
                            "Send If-Match with the ETag you read (currently " + of(current) + ") so that no one else's change is overwritten.")
                    .with("currentETag", of(current)));
        }
        check(current);
    }

    /**
     * The version the answer's ETag names, read when the answer leaves (after the commit, when
     * Hibernate has set the entity's new version).
     */
    public void answer(Supplier<Object> version) {
        this.answer = version;
    }

    String answered() {
        Object version = answer == null ? null : answer.get();
        return version == null ? null : of(version);
    }

    /** Strong comparison: a weak tag ({@code W/"1"}) never matches, {@code *} matches anything that exists. */
    static boolean matches(String header, String current) {
        return Arrays.stream(header.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}
