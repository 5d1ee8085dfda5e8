package io.coachline.feedback;

import io.coachline.common.tenancy.TenantScope;
import io.coachline.feedback.application.ProjectedApplication;
import io.coachline.common.people.Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coachline.testsupport.EventSamples;
import io.coachline.testsupport.EventsOnKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/** Publishes what tracker-service would (people, applications) and waits until this service has projected it. */
public final class Fixtures {

    public static final UUID FJORD_ADMIN = UUID.fromString("10000000-0000-4000-8000-000000000001");
    public static final UUID FJORD_COACH1 = UUID.fromString("10000000-0000-4000-8000-000000000011");
    public static final UUID FJORD_COACH2 = UUID.fromString("10000000-0000-4000-8000-000000000012");

    /** Application events to publish again until projected (state transfer: a repeat changes nothing). */
    static final java.util.Map<UUID, Runnable> PENDING = new java.util.concurrent.ConcurrentHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static UUID fjordSeeker(int n) {
        return UUID.fromString(String.format("10000000-0000-4000-8000-0000000001%02d", n));
    }

    /**
     * Publishes the tracker's person event (docs/events sample, this person's fields) and also writes the
     * client row, so a test need not wait for the shared broker's backlog before it uses the person.
     */
    public static void person(String tenant, UUID id, String role, UUID coachId) {
        upsertClient(tenant, id, role, coachId);
        ObjectNode data = EventSamples.event("tracker.person.created.v1", EventSamples.fields()
                .put("id", id.toString()).put("role", role).put("username", "u-" + id)
                .put("displayName", "Test " + id.toString().substring(0, 6)).putNull("email")
                .put("locale", "en").put("timeZone", "Europe/Oslo").put("coachId", coachId == null ? null : coachId.toString()));
        EventsOnKafka.publish("tracker.events", id.toString(), UUID.randomUUID().toString(), "tracker.person.created.v1", tenant,
                data.toString());
    }

    /**
     * A tracker application event: the docs/events sample of {@code type} about this application, with the
     * facts in {@code applicationBody} (JSON members of the application, e.g. {@code "stage":"OFFER"}).
     */
    public static void application(String tenant, UUID id, UUID seekerId, String type, String applicationBody) {
        ObjectNode facts;
        try {
            facts = (ObjectNode) JSON.readTree("{\"employer\":\"Acme\",\"position\":\"Engineer\",\"updatedAt\":\""
                    + Instant.now() + "\"," + applicationBody + "}");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON members: " + applicationBody, e);
        }
        String data = EventSamples.application(type, id, seekerId, facts).toString();
        Runnable publish = () -> EventsOnKafka.publish("tracker.events", id.toString(), UUID.randomUUID().toString(), type, tenant,
                data);
        PENDING.put(id, publish);
        publish.run();
    }

    public static void simpleApplication(String tenant, UUID id, UUID seekerId) {
        application(tenant, id, seekerId, "tracker.application.created.v1",
                "\"sector\":\"PRIVATE\",\"stage\":\"APPLIED\",\"appliedOn\":\"2025-02-01\",\"createdAt\":\"2025-02-01T08:00:00Z\","
                        + "\"contacts\":[],\"interviews\":[],\"interactions\":[],\"stageHistory\":[]");
    }

    static void upsertClient(String tenant, UUID id, String role, UUID coachId) {
        javax.sql.DataSource ds = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get();
        try (java.sql.Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "INSERT INTO client (tenant_id, id, role, display_name, coach_id) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (tenant_id, id) DO UPDATE SET coach_id = EXCLUDED.coach_id, role = EXCLUDED.role")) {
            ps.setString(1, tenant);
            ps.setObject(2, id);
            ps.setString(3, role);
            ps.setString(4, "Test " + id.toString().substring(0, 6));
            ps.setObject(5, coachId);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void awaitClients(String tenant, Collection<UUID> ids) {
        await(() -> TenantScope.call(tenant, () -> QuarkusTransaction.requiringNew().call(
                () -> ids.stream().allMatch(id -> Client.findById(id) != null))), "clients " + ids);
    }

    public static void awaitApplications(String tenant, Collection<UUID> ids) {
        long[] tries = {0};
        await(() -> {
            java.util.List<UUID> missing = TenantScope.call(tenant, () -> QuarkusTransaction.requiringNew().call(
                    () -> ids.stream().filter(id -> ProjectedApplication.findById(id) == null).toList()));
            if (!missing.isEmpty() && ++tries[0] % 25 == 0) {
                missing.forEach(id -> PENDING.getOrDefault(id, () -> { }).run());
            }
            return missing.isEmpty();
        }, "applications " + ids);
    }

    static void await(java.util.function.Supplier<Boolean> done, String what) {
        Instant end = Instant.now().plusSeconds(60);
        io.quarkus.arc.ManagedContext request = io.quarkus.arc.Arc.container().requestContext();
        while (Instant.now().isBefore(end)) {
            request.activate();
            boolean ok;
            try {
                ok = done.get();
            } finally {
                request.terminate();
            }
            if (ok) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not projected within 60 s: " + what);
    }
}
