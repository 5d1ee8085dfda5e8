package io.coachline.reminder.reminders;

import io.coachline.common.tenancy.TenantScope;
import io.coachline.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.coachline.reminder.reminders.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From a tracker event on Kafka to a reminder the seeker sees through the API; replays; supersession. */
@QuarkusTest
class ReminderFlowTest {

    static final UUID SEEKER1 = fjordSeeker(1);

    @Inject
    EntityManager em;

    static JsonPath visible(String token, UUID appId) {
        return eventually(() -> {
            JsonPath page = given().auth().oauth2(token).queryParam("applicationId", appId)
                    .when().get("/api/reminders").then().statusCode(200).extract().jsonPath();
            return page.getList("items").isEmpty() ? null : page;
        });
    }

    @Test
    void aTrackerEventOnKafkaBecomesAReminderTheSeekerSees() {
        seeker("fjord", SEEKER1, "Fjord Seeker One", "fjord-seeker1@fjord.example", "nb", FJORD_COACH1);
        UUID app = UUID.randomUUID();
        publishApplication("fjord", app, "tracker.application.created.v1",
                applied(app, SEEKER1, "Fjordkraft", 30, Instant.now()));

        JsonPath page = visible(Tokens.accessToken("fjord-seeker1"), app);
        assertNotNull(page, "the reminder became visible");
        assertEquals("F5", page.getString("items[0].rule"));
        assertEquals(app.toString(), page.getString("items[0].applicationId"));
        assertTrue(page.getBoolean("items[0].overdue"));
        assertFalse(page.getString("items[0].draft.subject").isBlank());
        assertTrue(page.getString("items[0].draft.subject").contains("Fjordkraft"), "draft names the employer");

        String id = page.getString("items[0].id");
        given().auth().oauth2(Tokens.accessToken("fjord-seeker1")).when().get("/api/reminders/" + id)
                .then().statusCode(200);
    }

    @Test
    void aReplayChangesNothingAndAnOlderCopyIsIgnored() {
        UUID seeker = UUID.randomUUID();
        seeker("fjord", seeker, "Replay Person", "replay-" + seeker + "@fjord.example", "en", FJORD_COACH1);
        UUID app = UUID.randomUUID();
        Instant updated = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String eventId = UUID.randomUUID().toString();
        String data = interview(app, seeker, "Equinor", 3, updated);
        publishApplication("fjord", app, eventId, "tracker.interview.scheduled.v1", data);
        List<Reminder> before = awaitReminders("fjord", app);
        Map<UUID, Instant> snapshot = before.stream().collect(Collectors.toMap(r -> r.id, r -> r.updatedAt));

        // the same event again (a redelivery), the same application under a new event id (a replayed topic),
        // and an older copy with another stage: none of them changes a row
        publishApplication("fjord", app, eventId, "tracker.interview.scheduled.v1", data);
        publishApplication("fjord", app, "tracker.interview.scheduled.v1", data);
        String olderId = UUID.randomUUID().toString();
        publishApplication("fjord", app, olderId, "tracker.application.updated.v1",
                applied(app, seeker, "Equinor", 40, updated.minusSeconds(3600)));
        assertNotNull(eventually(() -> processed(olderId) ? Boolean.TRUE : null), "the last event was consumed");

        List<Reminder> after = remindersOf("fjord", app);
        assertEquals(snapshot.keySet(), after.stream().map(r -> r.id).collect(Collectors.toSet()), "same reminder rows");
        after.forEach(r -> assertEquals(snapshot.get(r.id), r.updatedAt, "unchanged " + r.planKey));
        after.forEach(r -> assertEquals(ReminderStatus.SCHEDULED, r.status));
    }

    @Test
    void aNewStageCancelsWhatBelongedToTheOldOne() {
        UUID seeker = UUID.randomUUID();
        seeker("fjord", seeker, "Stage Person", null, "en", null);
        UUID app = UUID.randomUUID();
        Instant t0 = Instant.now().minusSeconds(60);
        publishApplication("fjord", app, "tracker.application.created.v1", applied(app, seeker, "DNB", 30, t0));
        List<Reminder> f5 = awaitReminders("fjord", app);
        assertEquals(List.of("F5"), f5.stream().map(r -> r.rule).toList());

        publishApplication("fjord", app, "tracker.interview.scheduled.v1", interview(app, seeker, "DNB", 2, Instant.now()));
        List<Reminder> after = eventually(() -> {
            List<Reminder> rs = remindersOf("fjord", app);
            return rs.size() > 1 ? rs : null;
        });
        assertNotNull(after);
        Reminder old = after.stream().filter(r -> r.rule.equals("F5")).findFirst().orElseThrow();
        assertEquals(ReminderStatus.CANCELLED, old.status, "the interview superseded the no-answer check");
        assertTrue(after.stream().anyMatch(r -> r.rule.equals("F1") && r.status == ReminderStatus.SCHEDULED));
    }

    /** Event → visible latency over 50 events (sequential, real broker, polling the API every 50 ms). */
    @Test
    void latencyFromEventToVisibleReminder() throws IOException {
        seeker("fjord", SEEKER1, "Fjord Seeker One", "fjord-seeker1@fjord.example", "nb", FJORD_COACH1);
        String token = Tokens.accessToken("fjord-seeker1");
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID app = UUID.randomUUID();
            long start = System.nanoTime();
            publishApplication("fjord", app, "tracker.application.created.v1",
                    applied(app, SEEKER1, "Bench " + i, 30, Instant.now()));
            assertNotNull(visible(token, app));
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long p50 = sorted.get(sorted.size() / 2);
        long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        String line = "event->visible over " + sorted.size() + " events: p50=" + p50 + " ms, p95=" + p95 + " ms, max="
                + sorted.get(sorted.size() - 1) + " ms";
        System.out.println("[bench] " + line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-latency.txt"), line + "\n");
    }

    boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "SELECT 1 FROM processed_event WHERE event_id = ?1").setParameter(1, eventId).getResultList().isEmpty());
    }
}
