package io.coachline.faults;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.coachline.faults.Platform.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The local stack's supervisor brings back what dies; ./platform up brings back what is down. */
class SupervisorFaultTest {

    @BeforeAll
    static void platform() {
        assumeFalse(Boolean.getBoolean("skipFaultTests"), "fault tests skipped (-DskipFaultTests)");
        Platform.ensureRunning();
    }

    @Test
    void aServiceKilledHardIsRestartedByTheSupervisorAndCounted() {
        int before = STACK.restarts("reminder-service-2");
        STACK.kill("reminder-service-2", "KILL");
        STACK.awaitUp("reminder-service-2", Duration.ofMinutes(3));
        assertEquals(before + 1, STACK.restarts("reminder-service-2"));
    }

    @Test
    void platformUpBringsBackWhatIsDownAndTheEventsPublishedMeanwhileAreConsumed() throws Exception {
        // both replicas down and held there, so nobody consumes tracker.events in the meantime
        int before = STACK.restarts("reminder-service");
        for (String replica : List.of("reminder-service", "reminder-service-2")) {
            STACK.hold(replica);
            STACK.kill(replica, "KILL");
        }
        List<UUID> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> r = Platform.createApplication(Platform.SEEKERS.get(i % Platform.SEEKERS.size()),
                        "Supervised " + i);
                assertEquals(201, r.statusCode(), r.body());
                ids.add(Platform.idOf(r));
            }
            Thread.sleep(1500); // more than the supervisor's first back-off: a hold keeps it down
            assertEquals("held", STACK.current().getProperty("reminder-service.state"));
            assertEquals(0, copies(ids), "consumed while no reminder-service ran");
        } finally {
            Platform.Script up = Platform.platform("up");
            assertEquals(0, up.exitCode(), up.output());
            String back = up.output().lines().filter(l -> l.contains("bringing back:")).findFirst().orElse("");
            assertTrue(back.contains("reminder-service ") || back.endsWith("reminder-service"), up.output());
            assertTrue(back.contains("reminder-service-2"), up.output());
        }
        STACK.awaitUp("reminder-service", Duration.ofMinutes(1));
        STACK.awaitUp("reminder-service-2", Duration.ofMinutes(1));
        assertEquals(before + 1, STACK.restarts("reminder-service"));
        Await.until(Duration.ofMinutes(2), () -> copies(ids), n -> n == ids.size(),
                "reminder-service's copies of the applications created while it was down");
        String status = Platform.platform("status").output();
        assertTrue(status.matches("(?s).*reminder-service\\s+up\\s+\\S+\\s+restarts [1-9].*"), status);
    }

    /** How many of these applications reminder-service has (each from its tracker.application.created.v1). */
    static int copies(List<UUID> ids) throws Exception {
        try (Connection c = Platform.database("reminder");
             PreparedStatement q = c.prepareStatement("select count(*) from application_copy where id = any(?)")) {
            q.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
