package io.coachline.reminder.policy;

import io.coachline.testsupport.EventsOnKafka;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** PUT /api/policy tells the tracker: reminder.policy.changed.v1 on reminder.events, keyed by the tenant. */
@QuarkusTest
class PolicyChangedEventTest {

    @Test
    void savingThePolicyPublishesItsNumbers() {
        long start = Instant.now().minusSeconds(2).toEpochMilli();
        // the same numbers ReminderApiTest saves for nordlys, so the order of the tests does not matter
        String body = "{\"thankYouAfterWorkingDays\":1,\"caseFollowUpAfterWorkingDays\":3,\"statusWithoutDateMin\":7,"
                + "\"statusWithoutDateMax\":10,\"afterDecisionDateWorkingDays\":1,\"applicationNoAnswerWorkingDays\":10,"
                + "\"nextRoundExpectedWorkingDays\":10,\"onHoldStatusWorkingDays\":10,\"coolDownDays\":7,"
                + "\"giveUpAfterUnansweredFollowUps\":3,\"softLimitOpenApplications\":10,\"morningHour\":8,"
                + "\"holidays\":{\"added\":[\"" + LocalDate.now().getYear() + "-11-27\"],\"removed\":[]}}";
        String etag = given().auth().oauth2(Tokens.accessToken("nordlys-admin")).get("/api/policy").then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.accessToken("nordlys-admin")).contentType(ContentType.JSON).body(body)
                .header("If-Match", etag).put("/api/policy").then().statusCode(200);

        var events = EventsOnKafka.await("reminder.events", e -> "reminder.policy.changed.v1".equals(e.type())
                && e.timestamp() >= start, found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertFalse(events.isEmpty(), "the policy change reached reminder.events");
        var e = events.get(0);
        assertEquals("nordlys", e.key());
        assertEquals("nordlys", e.ce().get("subject"));
        assertEquals("nordlys", e.tenant());
        JsonPath data = JsonPath.from(e.value());
        assertEquals(10, data.getInt("softLimitOpenApplications"));
        assertEquals(7, data.getInt("coolDownDays"));
        assertEquals(3, data.getInt("giveUpAfterUnansweredFollowUps"));
        assertEquals(8, data.getInt("morningHour"));
    }
}
