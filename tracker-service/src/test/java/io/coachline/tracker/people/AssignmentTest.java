package io.coachline.tracker.people;

import io.coachline.testsupport.EventsOnKafka;
import io.coachline.testsupport.Tokens;
import io.coachline.tracker.foundation.Demo;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AssignmentTest {

    @Test
    void coachSeesExactlyTheirDemoClients() {
        given().auth().oauth2(Tokens.accessToken("fjord-coach1"))
                .when().get("/api/clients")
                .then().statusCode(200)
                .body("items.displayName", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                .body("items.coachId", org.hamcrest.Matchers.everyItem(equalTo(Demo.FJORD_COACH1.toString())));
    }

    @Test
    void movingAClientPublishesTheChangeOnKafkaAndMovesTheCaseload() {
        String admin = Tokens.accessToken("fjord-admin");
        // seeker5 belongs to coach2 in the demo data; move to coach1, check, move back.
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"coachId\":\"" + Demo.FJORD_COACH1 + "\"}")
                .when().put("/api/assignments/" + Demo.FJORD_SEEKER5)
                .then().statusCode(200).body("coachId", equalTo(Demo.FJORD_COACH1.toString()));
        given().auth().oauth2(Tokens.accessToken("fjord-coach1")).when().get("/api/clients")
                .then().statusCode(200).body("items.id", hasItem(Demo.FJORD_SEEKER5.toString()));
        given().auth().oauth2(Tokens.accessToken("fjord-coach2")).when().get("/api/clients")
                .then().statusCode(200).body("items.id", not(hasItem(Demo.FJORD_SEEKER5.toString())));

        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"coachId\":\"" + Demo.FJORD_COACH2 + "\"}")
                .when().put("/api/assignments/" + Demo.FJORD_SEEKER5)
                .then().statusCode(200);

        List<EventsOnKafka.Event> events = EventsOnKafka.await("tracker.events",
                e -> "tracker.assignment.changed.v1".equals(e.type()) && Demo.FJORD_SEEKER5.toString().equals(e.key())
                        && e.value().contains("\"previousCoachId\""),
                found -> found.stream().anyMatch(e -> e.value().contains("\"coachId\":\"" + Demo.FJORD_COACH1 + "\""))
                        && found.stream().anyMatch(e -> e.value().contains("\"previousCoachId\":\"" + Demo.FJORD_COACH1 + "\"")),
                Duration.ofSeconds(20));
        assertTrue(events.size() >= 2, "both assignment changes reach tracker.events");
        EventsOnKafka.Event last = events.get(events.size() - 1);
        assertEquals("fjord", last.tenant());
        assertEquals("1.0", last.ce().get("specversion"));
        assertEquals("/coachline/tracker-service", last.ce().get("source"));
        assertTrue(last.value().contains("\"coachId\":\"" + Demo.FJORD_COACH2 + "\""), "the last event is the move back");
    }

    @Test
    void aBadBodyIsAProblemNamingTheField() {
        String admin = Tokens.accessToken("fjord-admin");
        given().auth().oauth2(admin).contentType("application/json").body("{\"coachId\":\"not-a-uuid\"}")
                .when().put("/api/assignments/" + Demo.FJORD_SEEKER5)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("coachId"));
        given().auth().oauth2(admin).contentType("application/json").body("{}")
                .when().put("/api/assignments/" + Demo.FJORD_SEEKER5)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("coachId"));
        given().auth().oauth2(admin).contentType("application/json").body("{\"coachId\": ")
                .when().put("/api/assignments/" + Demo.FJORD_SEEKER5)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("body"));
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"coachId\":\"" + Demo.FJORD_SEEKER1 + "\"}")
                .when().put("/api/assignments/" + Demo.FJORD_SEEKER5)
                .then().statusCode(400).body("errors[0].field", equalTo("coachId"));
    }

    @Test
    void unknownSeekerIsNotFound() {
        given().auth().oauth2(Tokens.accessToken("fjord-admin")).contentType("application/json")
                .body("{\"coachId\":\"" + Demo.FJORD_COACH1 + "\"}")
                .when().put("/api/assignments/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
