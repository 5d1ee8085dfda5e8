package io.coachline.feedback.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.feedback.Fixtures;
import io.coachline.testsupport.Http;
import io.coachline.testsupport.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.coachline.feedback.Fixtures.FJORD_COACH1;
import static io.coachline.feedback.Fixtures.fjordSeeker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parallel edits of one feedback entry: optimistic versions, never a 500, never a mix of two edits. */
@QuarkusTest
class FeedbackConcurrencyTest {

    static final UUID SEEKER = fjordSeeker(4);
    static final String USER = "fjord-seeker4";
    static UUID app;

    @BeforeAll
    static void people() {
        Fixtures.person("fjord", FJORD_COACH1, "COACH", null);
        Fixtures.person("fjord", SEEKER, "SEEKER", FJORD_COACH1);
        app = UUID.randomUUID();
        Fixtures.simpleApplication("fjord", app, SEEKER);
        Fixtures.awaitClients("fjord", List.of(SEEKER, FJORD_COACH1));
        Fixtures.awaitApplications("fjord", List.of(app));
    }

    static String entry(String notes) {
        return "{\"applicationId\":\"" + app + "\",\"outcome\":\"REJECTED\",\"stageReached\":\"INTERVIEW\","
                + "\"notes\":\"" + notes + "\",\"reflection\":\"" + notes + "\"}";
    }

    static String record() {
        Http.Answer created = Http.send(USER, "POST", "/api/feedback", entry("first"));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    @Test
    void eightParallelEditsEachAnswer200409Or412AndOneWholeEditStays() {
        String id = record();
        String etag = Http.send(USER, "GET", "/api/feedback/" + id, null).header("ETag");
        assertEquals("\"0\"", etag);

        // even writers replace the entry (If-Match required), odd ones merge-patch it without If-Match
        List<Http.Answer> answers = Parallel.run(8, i -> i % 2 == 0
                ? Http.send(USER, "PUT", "/api/feedback/" + id, entry("writer " + i), "If-Match", etag)
                : Http.send(USER, "PATCH", "/api/feedback/" + id, "{\"notes\":\"writer " + i + "\",\"reflection\":\"writer " + i + "\"}"));

        answers.forEach(a -> assertTrue(Set.of(200, 409, 412).contains(a.status()), a.status() + " " + a.body()));
        List<Integer> won = IntStream.range(0, 8).filter(i -> answers.get(i).status() == 200).boxed().toList();
        assertTrue(!won.isEmpty());
        JsonNode last = Http.send(USER, "GET", "/api/feedback/" + id, null).json();
        String notes = last.path("notes").asText();
        assertTrue(won.stream().anyMatch(i -> notes.equals("writer " + i)), "the final state is one of the successful edits: " + last);
        assertEquals(notes, last.path("reflection").asText(), "both fields come from the same edit");
    }

    @Test
    void aReplacementNeedsTheVersionItReplaces() {
        String id = record();
        Http.Answer without = Http.send(USER, "PUT", "/api/feedback/" + id, entry("blind"));
        assertEquals(428, without.status());
        assertEquals("application/problem+json", without.header("Content-Type"));
        String etag = without.json().path("currentETag").asText();

        Http.Answer ok = Http.send(USER, "PUT", "/api/feedback/" + id, entry("seen"), "If-Match", etag);
        assertEquals(200, ok.status(), ok.body());
        Http.Answer stale = Http.send(USER, "PUT", "/api/feedback/" + id, entry("stale"), "If-Match", etag);
        assertEquals(412, stale.status());
        assertEquals(ok.header("ETag"), stale.json().path("currentETag").asText());
        assertEquals("seen", Http.send(USER, "GET", "/api/feedback/" + id, null).json().path("notes").asText());
    }
}
