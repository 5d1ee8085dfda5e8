package io.coachline.tracker.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.testsupport.Http;
import io.coachline.testsupport.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parallel writes to one application: optimistic versions (ETag / If-Match), never a 500, never a mix of two writes. */
@QuarkusTest
class ConcurrentWritesTest {

    static final String SEEKER = "fjord-seeker6";

    static String newApplication(String employer) {
        Http.Answer created = Http.send(SEEKER, "POST", "/api/applications",
                "{\"employer\":\"" + employer + "\",\"position\":\"Tester\",\"sector\":\"PRIVATE\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().path("application").path("id").asText();
    }

    @Test
    void eightParallelPatchesEachAnswer200409Or412AndTheLastStateIsOneWholeWrite() {
        String id = newApplication("Race AS");
        String etag = Http.send(SEEKER, "GET", "/api/applications/" + id, null).header("ETag");
        assertEquals("\"0\"", etag);

        // half of the writers say which version they change, half do not
        List<Http.Answer> answers = Parallel.run(8, i -> Http.send(SEEKER, "PATCH", "/api/applications/" + id,
                "{\"notes\":\"writer " + i + "\",\"priority\":" + (i + 1) + "}",
                i % 2 == 0 ? new String[]{"If-Match", etag} : new String[0]));

        answers.forEach(a -> assertTrue(Set.of(200, 409, 412).contains(a.status()), a.status() + " " + a.body()));
        List<Integer> won = IntStream.range(0, 8).filter(i -> answers.get(i).status() == 200).boxed().toList();
        assertTrue(won.size() >= 1, "at least one writer wins");
        assertTrue(answers.stream().filter(a -> a.status() == 412).allMatch(a -> a.body().contains("stale-version")));
        // every writer without If-Match wins eventually (its conflicts are retried inside the service)
        IntStream.range(0, 8).filter(i -> i % 2 == 1)
                .forEach(i -> assertTrue(Set.of(200, 409).contains(answers.get(i).status())));

        Http.Answer last = Http.send(SEEKER, "GET", "/api/applications/" + id, null);
        JsonNode app = last.json();
        int writer = app.path("priority").asInt() - 1;
        assertTrue(won.contains(writer), "the final state is one of the successful writes: " + app);
        assertEquals("writer " + writer, app.path("notes").asText(), "notes and priority come from the same write");
        assertEquals("\"" + won.size() + "\"", last.header("ETag"), "one version per successful write");
    }

    @Test
    void aStaleIfMatchAnswers412AndTheCurrentOneSucceedsWithANewETag() {
        String id = newApplication("Versioned AS");
        String etag = Http.send(SEEKER, "GET", "/api/applications/" + id, null).header("ETag");
        Http.Answer first = Http.send(SEEKER, "PATCH", "/api/applications/" + id, "{\"notes\":\"first\"}", "If-Match", etag);
        assertEquals(200, first.status(), first.body());
        String next = first.header("ETag");
        assertNotEquals(etag, next);

        Http.Answer stale = Http.send(SEEKER, "PATCH", "/api/applications/" + id, "{\"notes\":\"stale\"}", "If-Match", etag);
        assertEquals(412, stale.status());
        assertEquals("application/problem+json", stale.header("Content-Type"));
        assertEquals(next, stale.json().path("currentETag").asText());
        Http.Answer move = Http.send(SEEKER, "POST", "/api/applications/" + id + "/stage", "{\"stage\":\"INTERVIEW\"}", "If-Match", etag);
        assertEquals(412, move.status(), "a stage move checks the version too");
        assertEquals("first", Http.send(SEEKER, "GET", "/api/applications/" + id, null).json().path("notes").asText());

        assertEquals(200, Http.send(SEEKER, "PATCH", "/api/applications/" + id, "{\"notes\":\"second\"}", "If-Match", next).status());
        assertEquals(200, Http.send(SEEKER, "PATCH", "/api/applications/" + id, "{\"notes\":\"any\"}", "If-Match", "*").status());
    }

    @Test
    void parallelContactsOfOneApplicationAreAllAdded() {
        String id = newApplication("Contacts AS");
        List<Http.Answer> answers = Parallel.run(6, i -> Http.send(SEEKER, "POST", "/api/applications/" + id + "/contacts",
                "{\"name\":\"Person " + i + "\",\"role\":\"RECRUITER\"}"));
        answers.forEach(a -> assertTrue(Set.of(201, 409).contains(a.status()), a.status() + " " + a.body()));
        long added = answers.stream().filter(a -> a.status() == 201).count();
        assertEquals(added, Http.send(SEEKER, "GET", "/api/applications/" + id, null).json().path("contacts").size());
    }

    @Test
    void aDoubleClickNeverMakesTwoApplications() {
        String employer = "Double click " + UUID.randomUUID();
        String body = "{\"employer\":\"" + employer + "\",\"position\":\"Tester\",\"sector\":\"PRIVATE\"}";
        String key = "\"" + UUID.randomUUID() + "\"";

        List<Http.Answer> parallel = Parallel.run(4, i -> Http.send(SEEKER, "POST", "/api/applications", body, "Idempotency-Key", key));
        parallel.forEach(a -> assertTrue(Set.of(201, 409).contains(a.status()), a.status() + " " + a.body()));
        Http.Answer first = parallel.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
        String id = first.json().path("application").path("id").asText();

        Http.Answer retry = Http.send(SEEKER, "POST", "/api/applications", body, "Idempotency-Key", key);
        assertEquals(201, retry.status());
        assertEquals(id, retry.json().path("application").path("id").asText(), "the retry answers the first answer");
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals("true", retry.header("Idempotent-Replayed"));

        Http.Answer other = Http.send(SEEKER, "POST", "/api/applications", body.replace("Tester", "Lead"), "Idempotency-Key", key);
        assertEquals(422, other.status());
        assertEquals("Idempotency-Key", other.json().path("errors").path(0).path("field").asText());

        assertEquals(1, countOf(employer), "one application, however often it was sent");

        // keys belong to their user: another seeker's same key is a request of its own
        Http.Answer someoneElse = Http.send("fjord-seeker5", "POST", "/api/applications", body, "Idempotency-Key", key);
        assertEquals(201, someoneElse.status());
        assertNotEquals(id, someoneElse.json().path("application").path("id").asText());
        // a new key is a new request
        assertEquals(201, Http.send(SEEKER, "POST", "/api/applications", body, "Idempotency-Key", "\"" + UUID.randomUUID() + "\"").status());
        assertEquals(2, countOf(employer));
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheHeader() {
        Http.Answer bad = Http.send(SEEKER, "POST", "/api/applications", "{\"employer\":\"A\",\"position\":\"B\"}",
                "Idempotency-Key", "x".repeat(300));
        assertEquals(400, bad.status());
        assertEquals("Idempotency-Key", bad.json().path("errors").path(0).path("field").asText());
    }

    static long countOf(String employer) {
        JsonNode items = Http.send(SEEKER, "GET", "/api/applications?limit=500", null).json().path("items");
        long n = 0;
        for (JsonNode item : items) {
            if (employer.equals(item.path("employer").asText())) {
                n++;
            }
        }
        return n;
    }
}
