package io.coachline.reminder.people;

import io.coachline.common.tenancy.TenantScope;
import io.coachline.common.people.Client;
import io.coachline.testsupport.EventSamples;
import io.coachline.testsupport.EventsOnKafka;
import io.coachline.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The event round trip over the real broker: tracker.events → this service's projection. */
@QuarkusTest
class PeopleProjectionTest {

    static String personCreated(UUID id, String name, UUID coachId) {
        return EventSamples.event("tracker.person.created.v1", EventSamples.fields().put("id", id.toString())
                .put("role", "SEEKER").put("username", "u-" + id).put("displayName", name).put("email", "x@fjord.example")
                .put("locale", "nb").put("timeZone", "Europe/Oslo").put("coachId", coachId == null ? null : coachId.toString()))
                .toString();
    }

    static Client find(String tenant, UUID id) {
        return TenantScope.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> Client.findById(id)));
    }

    static <T> T eventually(Supplier<T> probe) {
        Instant end = Instant.now().plusSeconds(180); // a backlog of other modules' events may come first
        T value = probe.get();
        while (value == null && Instant.now().isBefore(end)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = probe.get();
        }
        return value;
    }

    @Test
    void aPersonEventBecomesAClientInItsTenantOnly() {
        UUID id = UUID.randomUUID();
        EventsOnKafka.publish("tracker.events", id.toString(), UUID.randomUUID().toString(),
                "tracker.person.created.v1", "fjord", personCreated(id, "Kari Nordmann", null));

        Client client = eventually(() -> find("fjord", id));
        assertNotNull(client, "the projection saw the event");
        assertEquals("Kari Nordmann", client.displayName);
        assertEquals("nb", client.locale);
        assertNull(find("nordlys", id), "invisible to the other tenant");
    }

    @Test
    void aReplayedEventChangesNothing() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        EventsOnKafka.publish("tracker.events", id.toString(), eventId, "tracker.person.created.v1", "fjord",
                personCreated(id, "First Name", null));
        assertNotNull(eventually(() -> find("fjord", id)));

        // Same event id again, with other data: a redelivery must not be applied twice.
        EventsOnKafka.publish("tracker.events", id.toString(), eventId, "tracker.person.created.v1", "fjord",
                personCreated(id, "Changed Name", null));
        // A later, new event on the same key proves the replay was read (same partition, in order).
        UUID coach = UUID.randomUUID();
        EventsOnKafka.publish("tracker.events", id.toString(), UUID.randomUUID().toString(),
                "tracker.assignment.changed.v1", "fjord",
                EventSamples.event("tracker.assignment.changed.v1", EventSamples.fields().put("seekerId", id.toString())
                        .put("coachId", coach.toString()).putNull("previousCoachId")).toString());

        Client after = eventually(() -> {
            Client c = find("fjord", id);
            return c != null && coach.equals(c.coachId) ? c : null;
        });
        assertNotNull(after, "the later event was applied");
        assertEquals("First Name", after.displayName, "the replayed event was skipped");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        UUID id = UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        EventsOnKafka.publish("tracker.events", id.toString(), poisonId, "tracker.person.created.v1", "fjord",
                "this is { not json");
        EventsOnKafka.publishRaw("tracker.events", id.toString(), Map.of(), "{\"no\":\"cloudevent headers\"}");
        EventsOnKafka.publish("tracker.events", id.toString(), UUID.randomUUID().toString(),
                "tracker.person.created.v1", "fjord", personCreated(id, "After Poison", null));

        assertNotNull(eventually(() -> find("fjord", id)), "the event after the poison ones was applied");
        var dead = EventsOnKafka.await("reminder-service.dlq", e -> id.toString().equals(e.key()),
                found -> found.size() >= 2, Duration.ofSeconds(20));
        assertEquals(2, dead.size(), "both poison messages were set aside");
        assertFalse(dead.stream().noneMatch(e -> poisonId.equals(e.id())), "with their CloudEvent headers");
    }

    @Test
    void everyServiceAnswersMeFromTheToken() {
        given().auth().oauth2(Tokens.accessToken("nordlys-coach1")).when().get("/api/me")
                .then().statusCode(200).body("tenant", equalTo("nordlys")).body("roles[0]", equalTo("coach"));
        given().when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }
}
