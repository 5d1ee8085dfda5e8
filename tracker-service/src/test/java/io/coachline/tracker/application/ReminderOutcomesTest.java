package io.coachline.tracker.application;

import io.coachline.testsupport.EventsOnKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.coachline.tracker.application.ApplicationApi.create;
import static io.coachline.tracker.application.ApplicationApi.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The F9 hand-back: the closing message marked done in reminder-service closes the application here. */
@QuarkusTest
class ReminderOutcomesTest {

    static void f9Done(String applicationId, String eventId, String rule) {
        EventsOnKafka.publish("reminder.events", applicationId, eventId, "reminder.reminder.done.v1", "fjord",
                "{\"reminderId\":\"" + UUID.randomUUID() + "\",\"applicationId\":\"" + applicationId
                        + "\",\"seekerId\":\"10000000-0000-4000-8000-000000000104\",\"rule\":\"" + rule + "\",\"status\":\"DONE\"}");
    }

    static String stageEventually(String id, String wanted) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(60);
        String stage = null;
        while (Instant.now().isBefore(end)) {
            stage = get("fjord-seeker4", "/api/applications/" + id).extract().path("stage");
            if (wanted.equals(stage)) {
                return stage;
            }
            Thread.sleep(250);
        }
        return stage;
    }

    @Test
    void aDoneClosingMessageMovesTheApplicationToNoResponseOnce() throws InterruptedException {
        String id = create("fjord-seeker4", "Silent AS");
        String other = create("fjord-seeker4", "Still talking AS");
        f9Done(other, UUID.randomUUID().toString(), "F3"); // another rule changes nothing
        String eventId = UUID.randomUUID().toString();
        f9Done(id, eventId, "F9");
        f9Done(id, eventId, "F9"); // redelivered

        assertEquals("NO_RESPONSE", stageEventually(id, "NO_RESPONSE"));
        var history = get("fjord-seeker4", "/api/applications/" + id).extract().<java.util.List<String>>path("stageHistory.to");
        assertEquals(java.util.List.of("APPLIED", "NO_RESPONSE"), history, "moved once");
        assertEquals("APPLIED", get("fjord-seeker4", "/api/applications/" + other).extract().path("stage"));
    }
}
