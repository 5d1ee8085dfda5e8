package io.coachline.reminder.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.testsupport.Http;
import io.coachline.testsupport.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy is replaced whole, so a write must name the version it replaces: 428 without, 412 when stale. */
@QuarkusTest
class PolicyConcurrencyTest {

    static final String ADMIN = "nordlys-admin";

    /** The default numbers with one extra holiday far ahead (so that the re-plan changes nothing today). */
    static String policy(int writer) {
        return "{\"thankYouAfterWorkingDays\":1,\"caseFollowUpAfterWorkingDays\":3,\"statusWithoutDateMin\":7,"
                + "\"statusWithoutDateMax\":10,\"afterDecisionDateWorkingDays\":1,\"applicationNoAnswerWorkingDays\":10,"
                + "\"nextRoundExpectedWorkingDays\":10,\"onHoldStatusWorkingDays\":10,\"coolDownDays\":7,"
                + "\"giveUpAfterUnansweredFollowUps\":3,\"softLimitOpenApplications\":10,\"morningHour\":8,"
                + "\"holidays\":{\"added\":[\"2090-01-" + String.format("%02d", writer + 1) + "\"],\"removed\":[]}}";
    }

    @Test
    void eightParallelWritesOfThePolicyNeverAnswer500AndOneWholeWriteStays() {
        Http.Answer read = Http.send(ADMIN, "GET", "/api/policy", null);
        String etag = read.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "GET answers the policy's ETag");

        Http.Answer without = Http.send(ADMIN, "PUT", "/api/policy", policy(20));
        assertEquals(428, without.status());
        assertEquals(etag, without.json().path("currentETag").asText());

        List<Http.Answer> answers = Parallel.run(8, i -> Http.send(ADMIN, "PUT", "/api/policy", policy(i), "If-Match", etag));
        answers.forEach(a -> assertTrue(Set.of(200, 409, 412).contains(a.status()), a.status() + " " + a.body()));
        List<Integer> won = IntStream.range(0, 8).filter(i -> answers.get(i).status() == 200).boxed().toList();
        assertEquals(1, won.size(), "all wrote against the same version: one wins, the others are stale");

        Http.Answer after = Http.send(ADMIN, "GET", "/api/policy", null);
        JsonNode added = after.json().path("holidays").path("added");
        assertEquals(1, added.size());
        assertEquals("2090-01-" + String.format("%02d", won.get(0) + 1), added.get(0).asText());
        assertEquals(answers.get(won.get(0)).header("ETag"), after.header("ETag"));
        assertNotEquals(etag, after.header("ETag"));

        Http.Answer stale = Http.send(ADMIN, "PUT", "/api/policy", policy(9), "If-Match", etag);
        assertEquals(412, stale.status());
        assertEquals("application/problem+json", stale.header("Content-Type"));
    }
}
