package io.coachline.reminder.api;

import io.coachline.testsupport.EventsOnKafka;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.coachline.reminder.reminders.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Who may read and act on which reminder, with real tokens of the demo realm. */
@QuarkusTest
class ReminderApiTest {

    static final UUID SEEKER1 = fjordSeeker(1);

    @BeforeAll
    static void people() {
        seeker("fjord", SEEKER1, "Fjord Seeker One", "fjord-seeker1@fjord.example", "nb", FJORD_COACH1);
        seeker("fjord", fjordSeeker(2), "Fjord Seeker Two", "fjord-seeker2@fjord.example", "en", FJORD_COACH1);
        seeker("nordlys", nordlysSeeker(1), "Nordlys Seeker One", "nordlys-seeker1@nordlys.example", "en", NORDLYS_COACH1);
    }

    static String token(String user) {
        return Tokens.accessToken(user);
    }

    /** A fresh F5 reminder of fjord-seeker1, visible through the API; returns its id. */
    static String reminderOfSeeker1() {
        UUID app = UUID.randomUUID();
        publishApplication("fjord", app, "tracker.application.created.v1",
                applied(app, SEEKER1, "Statkraft", 30, Instant.now()));
        return eventually(() -> {
            List<String> ids = given().auth().oauth2(token("fjord-seeker1")).queryParam("applicationId", app)
                    .when().get("/api/reminders").then().statusCode(200).extract().jsonPath().getList("items.id");
            return ids.isEmpty() ? null : ids.get(0);
        });
    }

    @Test
    void readersOfOneReminder() {
        String id = reminderOfSeeker1();
        given().auth().oauth2(token("fjord-seeker1")).get("/api/reminders/" + id).then().statusCode(200)
                .body("rule", equalTo("F5")).body("dueOn", notNullValue()).body("reason", notNullValue())
                .body("draft.subject", notNullValue()).body("contactIds", notNullValue());
        given().auth().oauth2(token("fjord-seeker2")).get("/api/reminders/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token("fjord-coach1")).get("/api/reminders/" + id).then().statusCode(200);
        given().auth().oauth2(token("fjord-coach2")).get("/api/reminders/" + id).then().statusCode(404);
        given().auth().oauth2(token("nordlys-seeker1")).get("/api/reminders/" + id).then().statusCode(404);
        given().auth().oauth2(token("nordlys-admin")).get("/api/reminders/" + id).then().statusCode(404);
        given().auth().oauth2(token("fjord-admin")).get("/api/reminders/" + id).then().statusCode(200);
        given().get("/api/reminders/" + id).then().statusCode(401);
        given().auth().oauth2(token("fjord-seeker1")).get("/api/reminders/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(token("fjord-seeker1")).get("/api/nothing-here").then().statusCode(404);
    }

    @Test
    void aSeekersListIsTheirOwnAndPaged() {
        reminderOfSeeker1();
        reminderOfSeeker1();
        var first = given().auth().oauth2(token("fjord-seeker1")).queryParam("limit", 1).get("/api/reminders")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, first.getList("items").size());
        String cursor = first.getString("nextCursor");
        var second = given().auth().oauth2(token("fjord-seeker1")).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/api/reminders").then().statusCode(200).extract().jsonPath();
        assertFalse(first.getString("items[0].id").equals(second.getString("items[0].id")));
        given().auth().oauth2(token("fjord-seeker2")).get("/api/reminders").then().statusCode(200)
                .body("items.seekerId", org.hamcrest.Matchers.not(hasItem(SEEKER1.toString())));
        given().auth().oauth2(token("fjord-seeker1")).queryParam("limit", 501).get("/api/reminders").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(token("fjord-seeker1")).queryParam("status", "LATE").get("/api/reminders").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(token("fjord-seeker1")).queryParam("status", "SCHEDULED")
                .queryParam("from", LocalDate.now().minusYears(1).toString()).get("/api/reminders").then()
                .statusCode(200).body("items.status", org.hamcrest.Matchers.everyItem(equalTo("SCHEDULED")));
    }

    @Test
    void clientRemindersForTheAssignedCoachAndTheAdmin() {
        String id = reminderOfSeeker1();
        String path = "/api/clients/" + SEEKER1 + "/reminders";
        given().auth().oauth2(token("fjord-coach1")).get(path).then().statusCode(200).body("items.id", hasItem(id))
                .body("items[0].overdue", equalTo(true));
        given().auth().oauth2(token("fjord-admin")).get(path).then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(token("fjord-coach2")).get(path).then().statusCode(404);
        given().auth().oauth2(token("fjord-seeker1")).get(path).then().statusCode(404);
        given().auth().oauth2(token("nordlys-admin")).get(path).then().statusCode(404);
    }

    @Test
    void onlyTheOwnerActs() {
        String id = reminderOfSeeker1();
        for (String other : List.of("fjord-seeker2", "fjord-coach1", "fjord-admin", "nordlys-seeker1")) {
            given().auth().oauth2(token(other)).post("/api/reminders/" + id + "/done").then().statusCode(404);
            given().auth().oauth2(token(other)).post("/api/reminders/" + id + "/dismiss").then().statusCode(404);
            given().auth().oauth2(token(other)).contentType(ContentType.JSON)
                    .body("{\"until\":\"" + LocalDate.now().plusDays(3) + "\"}")
                    .post("/api/reminders/" + id + "/snooze").then().statusCode(404);
        }
        given().auth().oauth2(token("fjord-seeker1")).get("/api/reminders/" + id).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void snoozeIsValidatedAndKeepsItsDate() {
        String id = reminderOfSeeker1();
        String seeker = token("fjord-seeker1");
        given().auth().oauth2(seeker).contentType(ContentType.JSON).body("{\"until\":\"" + LocalDate.now().minusDays(1) + "\"}")
                .post("/api/reminders/" + id + "/snooze").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo("until"));
        given().auth().oauth2(seeker).contentType(ContentType.JSON).body("{}")
                .post("/api/reminders/" + id + "/snooze").then().statusCode(400).body("errors[0].field", equalTo("until"));
        given().auth().oauth2(seeker).contentType(ContentType.JSON).body("{\"until\":\"not-a-date\"}")
                .post("/api/reminders/" + id + "/snooze").then().statusCode(400).body("errors[0].field", equalTo("until"));
        LocalDate until = LocalDate.now().plusDays(5);
        given().auth().oauth2(seeker).contentType(ContentType.JSON).body("{\"until\":\"" + until + "\"}")
                .post("/api/reminders/" + id + "/snooze").then().statusCode(200)
                .body("status", equalTo("SNOOZED")).body("snoozedUntil", equalTo(until.toString()));
        given().auth().oauth2(seeker).post("/api/reminders/" + id + "/dismiss").then().statusCode(200)
                .body("status", equalTo("DISMISSED"));
        given().auth().oauth2(seeker).post("/api/reminders/" + id + "/done").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void doneIsPublishedWithItsRule() {
        String id = reminderOfSeeker1();
        given().auth().oauth2(token("fjord-seeker1")).post("/api/reminders/" + id + "/done").then().statusCode(200)
                .body("status", equalTo("DONE"));
        var events = EventsOnKafka.await("reminder.events", e -> id.equals(e.ce().get("subject")),
                found -> found.stream().anyMatch(e -> "reminder.reminder.done.v1".equals(e.type())), Duration.ofSeconds(20));
        assertFalse(events.isEmpty(), "scheduled and done events reached reminder.events");
        var done = events.stream().filter(e -> "reminder.reminder.done.v1".equals(e.type())).findFirst().orElseThrow();
        assertEquals("fjord", done.tenant());
        org.junit.jupiter.api.Assertions.assertTrue(done.value().contains("\"rule\":\"F5\""), done.value());
    }

    @Test
    void policyIsReadByAllAndValidatedForTheAdmin() {
        given().auth().oauth2(token("nordlys-seeker1")).get("/api/policy").then().statusCode(200)
                .body("thankYouAfterWorkingDays", equalTo(1)).body("morningHour", equalTo(8));
        String body = "{\"thankYouAfterWorkingDays\":1,\"caseFollowUpAfterWorkingDays\":3,\"statusWithoutDateMin\":7,"
                + "\"statusWithoutDateMax\":%d,\"afterDecisionDateWorkingDays\":%d,\"applicationNoAnswerWorkingDays\":10,"
                + "\"nextRoundExpectedWorkingDays\":10,\"onHoldStatusWorkingDays\":10,\"coolDownDays\":7,"
                + "\"giveUpAfterUnansweredFollowUps\":3,\"softLimitOpenApplications\":10,\"morningHour\":8,"
                + "\"holidays\":{\"added\":[\"" + LocalDate.now().getYear() + "-11-27\"],\"removed\":[]}}";
        given().auth().oauth2(token("nordlys-seeker1")).contentType(ContentType.JSON).body(body.formatted(10, 1))
                .put("/api/policy").then().statusCode(403);
        given().auth().oauth2(token("nordlys-admin")).contentType(ContentType.JSON).body(body.formatted(10, 3))
                .put("/api/policy").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("afterDecisionDateWorkingDays"));
        given().auth().oauth2(token("nordlys-admin")).contentType(ContentType.JSON).body(body.formatted(5, 1))
                .put("/api/policy").then().statusCode(400).body("errors[0].field", equalTo("statusWithoutDateMax"));
        String etag = given().auth().oauth2(token("nordlys-admin")).get("/api/policy").then().extract().header("ETag");
        given().auth().oauth2(token("nordlys-admin")).contentType(ContentType.JSON).body(body.formatted(10, 1))
                .header("If-Match", etag).put("/api/policy").then().statusCode(200);
        String state = eventually(() -> {
            String s = given().auth().oauth2(token("nordlys-admin")).get("/api/policy/replan").then().statusCode(200)
                    .extract().path("state");
            return "DONE".equals(s) ? s : null;
        });
        assertEquals("DONE", state);
        given().auth().oauth2(token("nordlys-coach1")).get("/api/policy").then().statusCode(200)
                .body("holidays.added[0]", equalTo(LocalDate.now().getYear() + "-11-27"))
                .body("replan.state", equalTo("DONE"));
        given().auth().oauth2(token("nordlys-admin")).get("/api/policy/templates/F1/nb").then().statusCode(200)
                .body("overridden", equalTo(false));
        given().auth().oauth2(token("nordlys-admin")).contentType(ContentType.JSON)
                .body("{\"template\":\"no subject line\"}").put("/api/policy/templates/F1/nb").then().statusCode(400)
                .body("errors[0].field", equalTo("template"));
        given().auth().oauth2(token("nordlys-admin")).contentType(ContentType.JSON)
                .body("{\"template\":\"Subject: Takk, {{contactName}}\\n\\nHei {{contactName}}!\"}")
                .put("/api/policy/templates/F1/nb").then().statusCode(200).body("overridden", equalTo(true));
        given().auth().oauth2(token("nordlys-admin")).delete("/api/policy/templates/F1/nb").then().statusCode(200)
                .body("overridden", equalTo(false));
    }
}
