package io.coachline.tracker.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.testsupport.EventsOnKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.coachline.tracker.application.ApplicationApi.get;
import static io.coachline.tracker.application.ApplicationApi.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15: a fact logged after it happened keeps its own date, in the API and in the whole application
 * every event on tracker.events carries (what reminder-service's planner counts from). Dates are relative
 * to today so the test holds on any day; fjord-seeker5 lives in Europe/Oslo.
 */
@QuarkusTest
class FactDatesApiTest {

    static final String SEEKER = "fjord-seeker5";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final ObjectMapper JSON = new ObjectMapper();

    static String create(String body) {
        return post(SEEKER, "/api/applications", body).statusCode(201).extract().path("application.id");
    }

    static String at(Instant instant) {
        return instant.toString();
    }

    /** The application as the last event on tracker.events for it carries it. */
    static JsonNode lastEvent(String id, String type) throws Exception {
        List<EventsOnKafka.Event> events = EventsOnKafka.await("tracker.events", e -> id.equals(e.key()),
                found -> !found.isEmpty() && type.equals(found.get(found.size() - 1).type()), Duration.ofSeconds(20));
        EventsOnKafka.Event last = events.get(events.size() - 1);
        assertEquals(type, last.type());
        return JSON.readTree(last.value());
    }

    /** A date of the application as the API answers it. */
    static Instant api(String id, String path) {
        return Instant.parse(get(SEEKER, "/api/applications/" + id).statusCode(200).extract().<String>path(path));
    }

    static Instant instant(JsonNode node) {
        return Instant.parse(node.asText());
    }

    @Test
    void anApplicationSentWeeksAgoWasAppliedThen() throws Exception {
        LocalDate sent = LocalDate.now(OSLO).minusDays(31);
        String id = create("{\"employer\":\"Late Logger AS\",\"position\":\"Dev\",\"appliedOn\":\"" + sent + "\"}");
        Instant startOfDay = sent.atStartOfDay(OSLO).toInstant();

        get(SEEKER, "/api/applications/" + id).statusCode(200)
                .body("stageHistory.to", contains("APPLIED"))
                .body("appliedOn", equalTo(sent.toString()));
        assertEquals(startOfDay, api(id, "stageHistory[0].at"));
        assertEquals(startOfDay, api(id, "stageSince"));

        JsonNode app = lastEvent(id, ApplicationEvents.CREATED).path("application");
        assertEquals(startOfDay, instant(app.path("stageSince")));
        assertEquals(startOfDay, instant(app.path("stageHistory").get(0).path("at")));
        assertEquals(sent.toString(), app.path("appliedOn").asText());

        post(SEEKER, "/api/applications", "{\"employer\":\"A\",\"position\":\"B\",\"appliedOn\":\"" + LocalDate.now(OSLO).plusDays(2) + "\"}")
                .statusCode(400).body("errors[0].field", equalTo("appliedOn"));
    }

    @Test
    void anInterviewBookedAfterItTookPlaceMovedTheStageAtItsTime() throws Exception {
        String id = create("{\"employer\":\"Booked Late AS\",\"position\":\"Dev\",\"appliedOn\":\""
                + LocalDate.now(OSLO).minusDays(31) + "\"}");
        Instant held = Instant.now().minus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String interview = post(SEEKER, "/api/applications/" + id + "/interviews",
                "{\"scheduledAt\":\"" + at(held) + "\",\"format\":\"VIDEO\"}").statusCode(201).extract().path("id");

        get(SEEKER, "/api/applications/" + id).statusCode(200)
                .body("stage", equalTo("INTERVIEW"))
                .body("stageHistory.to", contains("APPLIED", "INTERVIEW"));
        assertEquals(held, api(id, "stageHistory[1].at"));
        JsonNode app = lastEvent(id, ApplicationEvents.INTERVIEW_SCHEDULED).path("application");
        assertEquals(held, instant(app.path("stageSince")));
        assertEquals(held, instant(app.path("stageHistory").get(1).path("at")));

        // Completing it without a date: it was held when it was scheduled, not when the button was pressed.
        post(SEEKER, "/api/applications/" + id + "/interviews/" + interview + "/complete", "{}").statusCode(200);
        assertEquals(held, api(id, "interviews[0].completedAt"));
        assertEquals(held, instant(lastEvent(id, ApplicationEvents.INTERVIEW_COMPLETED)
                .path("application").path("interviews").get(0).path("completedAt")));
    }

    @Test
    void fromWishlistTheMissingStepsAreRecordedInOrder() {
        String id = create("{\"employer\":\"Wished AS\",\"position\":\"Dev\",\"stage\":\"WISHLIST\"}");
        Instant wished = api(id, "stageSince");
        // The interview predates the wish list entry: the moves cannot go before it, so they share its time.
        post(SEEKER, "/api/applications/" + id + "/interviews",
                "{\"scheduledAt\":\"" + at(Instant.now().minus(2, ChronoUnit.DAYS)) + "\",\"format\":\"PHONE\"}").statusCode(201);
        get(SEEKER, "/api/applications/" + id).statusCode(200)
                .body("stageHistory.to", contains("WISHLIST", "APPLIED", "INTERVIEW"));
        assertEquals(wished, api(id, "stageHistory[1].at"));
        assertEquals(wished, api(id, "stageHistory[2].at"));
    }

    @Test
    void completingAnInterviewRecordsWhenItWasHeld() throws Exception {
        String id = create("{\"employer\":\"Held AS\",\"position\":\"Dev\",\"appliedOn\":\"" + LocalDate.now(OSLO).minusDays(20) + "\"}");
        Instant scheduled = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String interview = post(SEEKER, "/api/applications/" + id + "/interviews",
                "{\"scheduledAt\":\"" + at(scheduled) + "\",\"format\":\"ONSITE\"}").statusCode(201).extract().path("id");
        Instant held = scheduled.plus(2, ChronoUnit.HOURS); // moved later that day

        post(SEEKER, "/api/applications/" + id + "/interviews/" + interview + "/complete",
                "{\"heldAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}")
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("heldAt"));
        post(SEEKER, "/api/applications/" + id + "/interviews/" + interview + "/complete",
                "{\"heldAt\":\"" + at(held) + "\",\"decisionExpectedBy\":\"" + LocalDate.now(OSLO).plusDays(7) + "\"}")
                .statusCode(200);
        assertEquals(held, api(id, "interviews[0].completedAt"));

        JsonNode event = lastEvent(id, ApplicationEvents.INTERVIEW_COMPLETED);
        assertEquals(interview, event.path("interviewId").asText());
        assertEquals(held, instant(event.path("application").path("interviews").get(0).path("completedAt")));
    }

    @Test
    void aStageMoveTakesItsDateAndKeepsTheHistoryInOrder() throws Exception {
        LocalDate sent = LocalDate.now(OSLO).minusDays(40);
        String id = create("{\"employer\":\"Dated Moves AS\",\"position\":\"Dev\",\"appliedOn\":\"" + sent + "\"}");
        LocalDate interviewed = sent.plusDays(10);
        Instant rejected = Instant.now().minus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        post(SEEKER, "/api/applications/" + id + "/stage", "{\"stage\":\"INTERVIEW\",\"at\":\"" + interviewed + "\"}")
                .statusCode(200).body("stage", equalTo("INTERVIEW")).body("warnings.size()", equalTo(0));
        assertEquals(interviewed.atStartOfDay(OSLO).toInstant(), api(id, "stageSince"));
        // Dated before the previous move, or ahead of now: refused naming at, nothing written.
        post(SEEKER, "/api/applications/" + id + "/stage", "{\"stage\":\"REJECTED\",\"at\":\"" + interviewed.minusDays(1) + "\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("at")).body("errors[0].message", containsString("previous"));
        post(SEEKER, "/api/applications/" + id + "/stage", "{\"stage\":\"REJECTED\",\"at\":\"" + Instant.now().plus(2, ChronoUnit.HOURS) + "\"}")
                .statusCode(400).body("errors[0].field", equalTo("at"));
        post(SEEKER, "/api/applications/" + id + "/stage", "{\"stage\":\"REJECTED\",\"at\":\"last week\"}")
                .statusCode(400).body("errors[0].field", equalTo("at"));

        post(SEEKER, "/api/applications/" + id + "/stage", "{\"stage\":\"REJECTED\",\"at\":\"" + at(rejected) + "\"}")
                .statusCode(200).body("stage", equalTo("REJECTED"))
                .body("stageHistory.to", contains("APPLIED", "INTERVIEW", "REJECTED"));
        assertEquals(rejected, api(id, "stageHistory[2].at"));

        JsonNode event = lastEvent(id, ApplicationEvents.STAGE_CHANGED);
        assertEquals("REJECTED", event.path("to").asText());
        JsonNode history = event.path("application").path("stageHistory");
        assertEquals(sent.atStartOfDay(OSLO).toInstant(), instant(history.get(0).path("at")));
        assertEquals(interviewed.atStartOfDay(OSLO).toInstant(), instant(history.get(1).path("at")));
        assertEquals(rejected, instant(history.get(2).path("at")));
        assertEquals(rejected, instant(event.path("application").path("stageSince")));
    }
}
