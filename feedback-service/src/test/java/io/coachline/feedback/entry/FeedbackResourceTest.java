package io.coachline.feedback.entry;

import io.coachline.feedback.Fixtures;
import io.coachline.testsupport.EventsOnKafka;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.coachline.feedback.Fixtures.FJORD_COACH1;
import static io.coachline.feedback.Fixtures.FJORD_COACH2;
import static io.coachline.feedback.Fixtures.fjordSeeker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class FeedbackResourceTest {

    static final UUID SEEKER1 = fjordSeeker(1);
    static final UUID SEEKER2 = fjordSeeker(2);

    static UUID app;

    @BeforeAll
    static void people() {
        Fixtures.person("fjord", FJORD_COACH1, "COACH", null);
        Fixtures.person("fjord", FJORD_COACH2, "COACH", null);
        Fixtures.person("fjord", SEEKER1, "SEEKER", FJORD_COACH1);
        Fixtures.person("fjord", SEEKER2, "SEEKER", FJORD_COACH1);
        app = UUID.randomUUID();
        Fixtures.simpleApplication("fjord", app, SEEKER1);
        Fixtures.awaitClients("fjord", List.of(SEEKER1, SEEKER2, FJORD_COACH1));
        Fixtures.awaitApplications("fjord", List.of(app));
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    static String body(UUID applicationId) {
        return "{\"applicationId\":\"" + applicationId + "\",\"outcome\":\"REJECTED\",\"stageReached\":\"INTERVIEW\","
                + "\"rejectionReason\":\"better-fit\",\"strengths\":[\"communication\"],\"weaknesses\":[\"experience-gap\"],"
                + "\"weaknessesText\":\"Few examples from large projects\",\"requested\":true,\"received\":true,"
                + "\"betterCandidateHint\":\"More cloud experience\",\"reflection\":\"Prepare STAR stories\"}";
    }

    static String record(String user) {
        return as(user).body(body(app)).post("/api/feedback").then().statusCode(201).extract().path("id");
    }

    @Test
    void seekerRecordsFeedbackOnOwnApplicationAndItIsPublished() {
        String id = as("fjord-seeker1").body(body(app)).post("/api/feedback").then().statusCode(201)
                .body("debrief", equalTo(false)).body("seekerId", equalTo(SEEKER1.toString()))
                .body("rejectionReason", equalTo("better-fit")).body("strengths", hasItem("communication"))
                .body("sector", equalTo("PRIVATE")).extract().path("id");
        List<EventsOnKafka.Event> events = EventsOnKafka.await("feedback.events", e -> e.value().contains(id),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertFalse(events.isEmpty(), "feedback.entry.recorded.v1 on feedback.events");
        assertEquals("feedback.entry.recorded.v1", events.get(0).type());
        assertEquals(app.toString(), events.get(0).key());
        assertEquals("fjord", events.get(0).tenant());
    }

    @Test
    void assignedCoachAddsADebrief() {
        as("fjord-coach1").body(body(app)).post("/api/feedback").then().statusCode(201).body("debrief", equalTo(true))
                .body("authorId", equalTo(FJORD_COACH1.toString()));
    }

    @Test
    void nobodyElseWritesOnTheApplication() {
        as("fjord-seeker2").body(body(app)).post("/api/feedback").then().statusCode(404);
        as("fjord-coach2").body(body(app)).post("/api/feedback").then().statusCode(404);
        as("nordlys-seeker1").body(body(app)).post("/api/feedback").then().statusCode(404);
        as("fjord-admin").body(body(app)).post("/api/feedback").then().statusCode(403);
        as("fjord-seeker1").body(body(UUID.randomUUID())).post("/api/feedback").then().statusCode(404);
    }

    @Test
    void readingAnEntryFollowsTheCaseload() {
        String id = record("fjord-seeker1");
        for (String user : List.of("fjord-seeker1", "fjord-coach1", "fjord-admin")) {
            as(user).get("/api/feedback/" + id).then().statusCode(200).body("id", equalTo(id));
        }
        for (String user : List.of("fjord-seeker2", "fjord-coach2", "nordlys-admin", "nordlys-coach1", "nordlys-seeker1")) {
            as(user).get("/api/feedback/" + id).then().statusCode(404);
        }
        as("fjord-seeker1").get("/api/feedback/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listingFollowsTheCaseload() {
        String id = record("fjord-seeker1");
        as("fjord-seeker1").get("/api/feedback").then().statusCode(200).body("items.id", hasItem(id));
        as("fjord-seeker2").get("/api/feedback").then().statusCode(200).body("items.id", not(hasItem(id)));
        as("fjord-seeker2").queryParam("seekerId", SEEKER1).get("/api/feedback").then().statusCode(404);
        as("fjord-coach1").queryParam("seekerId", SEEKER1).get("/api/feedback").then().statusCode(200).body("items.id", hasItem(id));
        as("fjord-admin").queryParam("seekerId", SEEKER1).get("/api/feedback").then().statusCode(200).body("items.id", hasItem(id));
        as("fjord-coach2").queryParam("seekerId", SEEKER1).get("/api/feedback").then().statusCode(404);
        as("nordlys-admin").queryParam("seekerId", SEEKER1).get("/api/feedback").then().statusCode(404);
        as("fjord-coach1").get("/api/feedback").then().statusCode(400).body("errors.field", hasItem("seekerId"));
    }

    @Test
    void listsArePagedWithACursor() {
        record("fjord-seeker1");
        record("fjord-seeker1");
        record("fjord-seeker1");
        List<String> all = as("fjord-seeker1").queryParam("limit", 500).get("/api/feedback").then().statusCode(200).extract().path("items.id");
        String cursor = as("fjord-seeker1").queryParam("limit", 2).get("/api/feedback").then().statusCode(200)
                .body("items.id", equalTo(all.subList(0, 2))).extract().path("nextCursor");
        as("fjord-seeker1").queryParam("limit", 2).queryParam("cursor", cursor).get("/api/feedback").then().statusCode(200)
                .body("items.id", equalTo(all.subList(2, 4)));
        as("fjord-seeker1").queryParam("limit", 0).get("/api/feedback").then().statusCode(400).body("errors.field", hasItem("limit"));
        as("fjord-seeker1").queryParam("cursor", "nonsense").get("/api/feedback").then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void authorsEditTheirOwnEntries() {
        String id = record("fjord-seeker1");
        as("fjord-seeker1").body(body(app).replace("better-fit", "more-experience")).header("If-Match", "\"0\"").put("/api/feedback/" + id)
                .then().statusCode(200).body("rejectionReason", equalTo("more-experience")).body("version", equalTo(1));
        as("fjord-seeker1").contentType("application/merge-patch+json").body("{\"reflection\":\"Ask for the decision date\"}")
                .patch("/api/feedback/" + id).then().statusCode(200).body("reflection", equalTo("Ask for the decision date"))
                .body("rejectionReason", equalTo("more-experience"));
        as("fjord-coach1").body("{\"notes\":\"x\"}").patch("/api/feedback/" + id).then().statusCode(403);
        as("fjord-admin").body(body(app)).put("/api/feedback/" + id).then().statusCode(403);
        as("fjord-coach2").body(body(app)).put("/api/feedback/" + id).then().statusCode(404);
        as("nordlys-admin").body("{\"notes\":\"x\"}").patch("/api/feedback/" + id).then().statusCode(404);

        String debrief = record("fjord-coach1");
        as("fjord-coach1").body("{\"notes\":\"Debrief held\"}").patch("/api/feedback/" + debrief).then().statusCode(200)
                .body("notes", equalTo("Debrief held"));
        as("fjord-seeker1").body("{\"notes\":\"mine\"}").patch("/api/feedback/" + debrief).then().statusCode(403);
        List<EventsOnKafka.Event> updates = EventsOnKafka.await("feedback.events",
                e -> e.value().contains(debrief) && "feedback.entry.updated.v1".equals(e.type()), found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertFalse(updates.isEmpty());
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        int before = as("fjord-seeker1").queryParam("limit", 500).get("/api/feedback").then().statusCode(200).extract().path("items.size()");
        as("fjord-seeker1").body("{\"applicationId\":\"" + app + "\",\"outcome\":\"MAYBE\",\"stageReached\":\"MOON\","
                        + "\"rejectionReason\":\"astrology\",\"strengths\":[\"communication\",\"telepathy\"],\"weaknesses\":[\"communication\"]}")
                .post("/api/feedback").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("outcome", "stageReached", "rejectionReason", "strengths[1]", "weaknesses[0]"))
                .body("errors.field", not(hasItem("strengths[0]")));
        as("fjord-seeker1").body("{}").post("/api/feedback").then().statusCode(400)
                .body("errors.field", hasItems("applicationId", "outcome", "stageReached"));
        String id = record("fjord-seeker1");
        as("fjord-seeker1").body("{\"strengths\":[\"nope\"]}").patch("/api/feedback/" + id).then().statusCode(400)
                .body("errors.field", hasItem("strengths[0]"));
        as("fjord-seeker1").get("/api/feedback/" + id).then().statusCode(200).body("strengths", hasSize(1)).body("version", equalTo(0));
        as("fjord-seeker1").queryParam("limit", 500).get("/api/feedback").then().statusCode(200).body("items.size()", equalTo(before + 1));
    }
}
