package io.coachline.reminder.reminders;

import io.coachline.common.tenancy.TenantScope;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coachline.testsupport.EventSamples;
import io.coachline.testsupport.EventsOnKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Events like the tracker's, published on the real broker, and small probes of this service's state. */
public final class Fixtures {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final UUID FJORD_COACH1 = UUID.fromString("10000000-0000-4000-8000-000000000011");
    public static final UUID FJORD_COACH2 = UUID.fromString("10000000-0000-4000-8000-000000000012");
    public static final UUID FJORD_ADMIN = UUID.fromString("10000000-0000-4000-8000-000000000001");
    public static final UUID NORDLYS_COACH1 = UUID.fromString("20000000-0000-4000-8000-000000000011");

    private Fixtures() {
    }

    public static UUID fjordSeeker(int n) {
        return UUID.fromString(String.format("10000000-0000-4000-8000-0000000001%02d", n));
    }

    public static UUID nordlysSeeker(int n) {
        return UUID.fromString(String.format("20000000-0000-4000-8000-0000000001%02d", n));
    }

    /** person.created of a seeker (the projection is idempotent: the demo seekers may be announced again). */
    public static void seeker(String tenant, UUID id, String name, String email, String locale, UUID coachId) {
        String json = EventSamples.event("tracker.person.created.v1", EventSamples.fields()
                .put("id", id.toString()).put("role", "SEEKER").put("username", "u-" + id).put("displayName", name)
                .put("email", email).put("locale", locale).put("timeZone", "Europe/Oslo")
                .put("coachId", coachId == null ? null : coachId.toString())).toString();
        EventsOnKafka.publish("tracker.events", id.toString(), UUID.randomUUID().toString(),
                "tracker.person.created.v1", tenant, json);
    }

    /** The data of an application event (docs/events sample): an APPLIED application sent {@code daysAgo} days ago, no answer. */
    public static String applied(UUID appId, UUID seekerId, String employer, int daysAgo, Instant updatedAt) {
        Instant since = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
        LocalDate appliedOn = since.atZone(OSLO).toLocalDate();
        return EventSamples.application("tracker.application.created.v1", appId, seekerId, EventSamples.fields()
                .put("employer", employer).put("position", "Backend developer").put("location", "Bergen")
                .put("sector", "PRIVATE").put("source", "finn").put("priority", 2).put("stage", "APPLIED")
                .put("stageSince", since.toString()).put("appliedOn", appliedOn.toString())
                .put("createdAt", since.toString()).put("updatedAt", updatedAt.toString())).toString();
    }

    /**
     * An application in INTERVIEW: round 1 held (completed) two days ago with one interviewer on the panel,
     * round 2 scheduled {@code inDays} days from now.
     */
    public static String interview(UUID appId, UUID seekerId, String employer, int inDays, Instant updatedAt) {
        Instant since = Instant.now().minus(20, ChronoUnit.DAYS);
        Instant held = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Instant next = Instant.now().plus(inDays, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        UUID contact = UUID.nameUUIDFromBytes((appId + "c").getBytes());
        UUID round1 = UUID.nameUUIDFromBytes((appId + "i1").getBytes());
        UUID round2 = UUID.nameUUIDFromBytes((appId + "i2").getBytes());
        ObjectNode facts = EventSamples.fields()
                .put("employer", employer).put("position", "Data engineer").put("location", "Tromsø, Storgata 1; 3rd floor")
                .put("sector", "PUBLIC").put("stage", "INTERVIEW").put("stageSince", since.toString())
                .put("appliedOn", since.atZone(OSLO).toLocalDate().toString()).put("createdAt", since.toString())
                .put("updatedAt", updatedAt.toString());
        facts.putArray("contacts").addObject().put("id", contact.toString()).put("name", "Åse Ørnes-Bakkelund")
                .put("role", "INTERVIEWER").put("email", "ase@example.org");
        ArrayNode interviews = facts.putArray("interviews");
        interviews.addObject().put("id", round1.toString()).put("round", 1).put("scheduledAt", held.toString())
                .put("format", "ONSITE").put("completedAt", held.plusSeconds(3600).toString())
                .putNull("decisionExpectedBy").putNull("notes").putArray("panel").add(contact.toString());
        interviews.addObject().put("id", round2.toString()).put("round", 2).put("scheduledAt", next.toString())
                .put("format", "VIDEO").putNull("completedAt").putNull("decisionExpectedBy").putNull("notes")
                .putArray("panel").add(contact.toString());
        return EventSamples.application("tracker.interview.scheduled.v1", appId, seekerId, facts).toString();
    }

    public static void publishApplication(String tenant, UUID appId, String type, String data) {
        publishApplication(tenant, appId, UUID.randomUUID().toString(), type, data);
    }

    public static void publishApplication(String tenant, UUID appId, String eventId, String type, String data) {
        EventsOnKafka.publish("tracker.events", appId.toString(), eventId, type, tenant, data);
    }

    public static List<Reminder> remindersOf(String tenant, UUID appId) {
        return TenantScope.call(tenant, () -> QuarkusTransaction.requiringNew().call(() ->
                Reminder.<Reminder>list("applicationId = ?1 order by planKey", appId)));
    }

    public static <T> T eventually(Supplier<T> probe) {
        return eventually(probe, 180); // the shared stack's tracker.events may hold a backlog of other modules' tests
    }

    public static <T> T eventually(Supplier<T> probe, int seconds) {
        Instant end = Instant.now().plusSeconds(seconds);
        T value = probe.get();
        while (value == null && Instant.now().isBefore(end)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = probe.get();
        }
        return value;
    }

    /** Waits until the application has reminders and returns them. */
    public static List<Reminder> awaitReminders(String tenant, UUID appId) {
        return eventually(() -> {
            List<Reminder> r = remindersOf(tenant, appId);
            return r.isEmpty() ? null : r;
        });
    }
}
