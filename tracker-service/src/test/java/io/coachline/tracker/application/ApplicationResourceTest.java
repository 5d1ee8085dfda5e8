package io.coachline.tracker.application;

import io.coachline.testsupport.EventsOnKafka;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.coachline.tracker.application.ApplicationApi.create;
import static io.coachline.tracker.application.ApplicationApi.get;
import static io.coachline.tracker.application.ApplicationApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApplicationResourceTest {

    @Test
    void createReadAndPatchAnApplication() {
        String id = create("fjord-seeker3", "Fjordkraft");
        get("fjord-seeker3", "/api/applications/" + id).statusCode(200)
                .body("employer", equalTo("Fjordkraft"))
                .body("stage", equalTo("APPLIED"))
                .body("appliedOn", equalTo("2026-11-02"))
                .body("stageHistory", hasSize(1))
                .body("contacts", hasSize(0));

        given().auth().oauth2(Tokens.accessToken("fjord-seeker3")).contentType("application/json")
                .body("{\"location\":\"Oslo\",\"priority\":1,\"notes\":\"Referred by a friend\"}")
                .when().patch("/api/applications/" + id)
                .then().statusCode(200).body("location", equalTo("Oslo")).body("priority", equalTo(1))
                .body("employer", equalTo("Fjordkraft"));
    }

    @Test
    void badInputIsRefusedWholeNamingEveryField() {
        post("fjord-seeker3", "/api/applications", "{\"employer\":\"\",\"priority\":1000,\"adUrl\":\"ftp://x\",\"sector\":\"PRIVATE\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("employer", "position", "priority", "adUrl"));
        post("fjord-seeker3", "/api/applications", "{\"employer\":\"A\",\"position\":\"B\",\"sector\":\"GOVERNMENT\"}")
                .statusCode(400).body("errors[0].field", equalTo("sector"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("PUBLIC"));
        post("fjord-seeker3", "/api/applications", "{\"employer\":\"A\",\"position\":\"B\",\"appliedOn\":\"yesterday\"}")
                .statusCode(400).body("errors[0].field", equalTo("appliedOn"));
        post("fjord-seeker3", "/api/applications", "{\"employer\":\"A\",\"position\":\"B\",\"stage\":\"OFFER\"}")
                .statusCode(400).body("errors[0].field", equalTo("stage"));

        String id = create("fjord-seeker3", "Patchable AS");
        given().auth().oauth2(Tokens.accessToken("fjord-seeker3")).contentType("application/json")
                .body("{\"stage\":\"OFFER\",\"priority\":\"high\"}")
                .when().patch("/api/applications/" + id)
                .then().statusCode(400).body("errors.field", hasItem("stage"));
        given().auth().oauth2(Tokens.accessToken("fjord-seeker3")).contentType("application/json")
                .body("{\"employer\":\"\",\"priority\":0}")
                .when().patch("/api/applications/" + id)
                .then().statusCode(400).body("errors.field", hasItems("employer", "priority"));
        get("fjord-seeker3", "/api/applications/" + id).body("employer", equalTo("Patchable AS"));
    }

    @Test
    void illegalMoveAnswers409NamingTheAllowedMoves() {
        String id = create("fjord-seeker3", "Statens vegvesen");
        post("fjord-seeker3", "/api/applications/" + id + "/stage", "{\"stage\":\"ACCEPTED\"}")
                .statusCode(409).contentType("application/problem+json")
                .body("allowedMoves", hasItems("INTERVIEW", "REJECTED"))
                .body("detail", org.hamcrest.Matchers.containsString("INTERVIEW"));
        post("fjord-seeker3", "/api/applications/" + id + "/stage", "{\"stage\":\"REJECTED\",\"note\":\"Form letter\"}")
                .statusCode(200).body("stage", equalTo("REJECTED"));
        post("fjord-seeker3", "/api/applications/" + id + "/stage", "{\"stage\":\"INTERVIEW\"}")
                .statusCode(409).body("allowedWithReopen", hasItem("INTERVIEW"));
        post("fjord-seeker3", "/api/applications/" + id + "/stage", "{\"stage\":\"INTERVIEW\",\"reopen\":true,\"note\":\"They called\"}")
                .statusCode(200).body("stage", equalTo("INTERVIEW"))
                .body("stageHistory.to", contains("APPLIED", "REJECTED", "INTERVIEW"))
                .body("stageHistory[2].reopen", equalTo(true))
                .body("stageHistory[2].note", equalTo("They called"));
    }

    @Test
    void contactsInterviewsAndInteractionsMakeTheWholeStory() {
        String id = create("fjord-seeker3", "Equinor");
        String kari = post("fjord-seeker3", "/api/applications/" + id + "/contacts",
                "{\"name\":\"Kari Nordmann\",\"role\":\"INTERVIEWER\",\"email\":\"kari@equinor.example\",\"preferredContactTime\":\"mornings\"}")
                .statusCode(201).extract().path("id");
        post("fjord-seeker3", "/api/applications/" + id + "/contacts", "{\"name\":\"\",\"role\":\"BOSS\"}")
                .statusCode(400).body("errors.field", hasItems("role"));
        post("fjord-seeker3", "/api/applications/" + id + "/contacts", "{\"name\":\"\",\"role\":\"HR\",\"email\":\"nope\"}")
                .statusCode(400).body("errors.field", hasItems("name", "email"));

        String interview = post("fjord-seeker3", "/api/applications/" + id + "/interviews",
                "{\"scheduledAt\":\"2026-11-19T10:00:00+01:00\",\"format\":\"ONSITE\",\"panel\":[\"" + kari + "\"]}")
                .statusCode(201).body("round", equalTo(1)).extract().path("id");
        post("fjord-seeker3", "/api/applications/" + id + "/interviews",
                "{\"scheduledAt\":\"2026-11-19T10:00:00+01:00\",\"format\":\"ONSITE\",\"panel\":[\"" + UUID.randomUUID() + "\"]}")
                .statusCode(400).body("errors[0].field", equalTo("panel[0]"));
        get("fjord-seeker3", "/api/applications/" + id).body("stage", equalTo("INTERVIEW"));

        post("fjord-seeker3", "/api/applications/" + id + "/interviews/" + interview + "/complete",
                "{\"completedAt\":\"2026-11-19T11:00:00+01:00\",\"decisionExpectedBy\":\"2026-12-04\",\"notes\":\"Went well\"}")
                .statusCode(200).body("decisionExpectedBy", equalTo("2026-12-04")).body("completedAt", notNullValue());
        post("fjord-seeker3", "/api/applications/" + id + "/interactions",
                "{\"at\":\"2026-11-20T09:00:00+01:00\",\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"contactId\":\"" + kari
                        + "\",\"purpose\":\"THANK_YOU\",\"summary\":\"Thanked Kari\"}")
                .statusCode(201).body("purpose", equalTo("THANK_YOU"));

        get("fjord-seeker3", "/api/applications/" + id).statusCode(200)
                .body("contacts[0].name", equalTo("Kari Nordmann"))
                .body("interviews[0].panel[0]", equalTo(kari))
                .body("interactions[0].contactId", equalTo(kari))
                .body("lastContactAt", equalTo("2026-11-20T08:00:00Z"))
                .body("decisionExpectedBy", equalTo("2026-12-04"))
                .body("stageHistory.to", contains("APPLIED", "INTERVIEW"));

        List<EventsOnKafka.Event> events = EventsOnKafka.await("tracker.events", e -> id.equals(e.key()),
                found -> found.size() >= 5, Duration.ofSeconds(20));
        assertEquals(List.of(ApplicationEvents.CREATED, ApplicationEvents.CONTACT_ADDED, ApplicationEvents.INTERVIEW_SCHEDULED,
                        ApplicationEvents.INTERVIEW_COMPLETED, ApplicationEvents.INTERACTION_LOGGED),
                events.stream().map(EventsOnKafka.Event::type).distinct().toList(), "in commit order");
        assertTrue(events.stream().allMatch(e -> "fjord".equals(e.tenant())));
        assertTrue(events.get(events.size() - 1).value().contains("\"Thanked Kari\""), "events carry the whole application");
    }

    @Test
    void listFiltersAndPagesWithACursor() {
        for (int i = 0; i < 5; i++) {
            create("nordlys-seeker7", "Employer " + i);
        }
        String wish = post("nordlys-seeker7", "/api/applications", "{\"employer\":\"Dream AS\",\"position\":\"CTO\",\"stage\":\"WISHLIST\"}")
                .statusCode(201).extract().path("application.id");
        get("nordlys-seeker7", "/api/applications?stage=WISHLIST").statusCode(200).body("items.id", contains(wish));
        get("nordlys-seeker7", "/api/applications?active=true").statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(wish)));

        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = get("nordlys-seeker7", "/api/applications?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "no duplicates across pages");
        assertTrue(seen.size() >= 6);
        get("nordlys-seeker7", "/api/applications?limit=0").statusCode(400).body("errors[0].field", equalTo("limit"));
        get("nordlys-seeker7", "/api/applications?cursor=garbage").statusCode(400).body("errors[0].field", equalTo("cursor"));
        get("nordlys-seeker7", "/api/applications?stage=NOPE").statusCode(400).body("errors[0].field", equalTo("stage"));
    }

    @Test
    void goingPastTheSoftLimitWarnsButNeverBlocks() {
        String last = null;
        for (int i = 0; i <= 10; i++) {
            var r = post("nordlys-seeker8", "/api/applications",
                    "{\"employer\":\"Limit " + i + "\",\"position\":\"Dev\"}").statusCode(201);
            last = r.extract().asString();
        }
        assertTrue(last.contains("open-applications-over-limit"), last);
    }

    /** Who may read one seeker's application: the owner, their coach, the tenant admin. Others: 404. */
    @ParameterizedTest(name = "{0} reading fjord-seeker1''s application gets {1}")
    @CsvSource({
            "fjord-seeker1, 200",
            "fjord-coach1, 200",
            "fjord-admin, 200",
            "fjord-seeker2, 404",
            "fjord-coach2, 404",
            "nordlys-seeker1, 404",
            "nordlys-coach1, 404",
            "nordlys-admin, 404"})
    void readAuthorisationMatrix(String user, int status) {
        String id = create("fjord-seeker1", "Matrix AS");
        get(user, "/api/applications/" + id).statusCode(status);
        if (status == 404) {
            get(user, "/api/applications/" + id).contentType("application/problem+json");
        }
    }

    @Test
    void onlyTheOwnerWrites() {
        String id = create("fjord-seeker1", "Owner AS");
        post("fjord-coach1", "/api/applications/" + id + "/stage", "{\"stage\":\"INTERVIEW\"}").statusCode(403);
        post("fjord-admin", "/api/applications/" + id + "/contacts", "{\"name\":\"X\",\"role\":\"HR\"}").statusCode(403);
        post("fjord-seeker2", "/api/applications/" + id + "/stage", "{\"stage\":\"INTERVIEW\"}").statusCode(404);
        given().when().get("/api/applications/" + id).then().statusCode(401);
        get("fjord-seeker1", "/api/applications/" + id).body("stage", equalTo("APPLIED"));
    }

    @Test
    void coachReadsAssignedClientsPipelineOnly() {
        create("fjord-seeker2", "Pipeline AS");
        get("fjord-coach1", "/api/clients/10000000-0000-4000-8000-000000000102/applications").statusCode(200)
                .body("items.employer", hasItem("Pipeline AS"));
        get("fjord-coach2", "/api/clients/10000000-0000-4000-8000-000000000102/applications").statusCode(404);
        get("nordlys-admin", "/api/clients/10000000-0000-4000-8000-000000000102/applications").statusCode(404);
        get("fjord-coach1", "/api/clients").statusCode(200)
                .body("items.find { it.id == '10000000-0000-4000-8000-000000000102' }.stageCounts.APPLIED", notNullValue());
        get("fjord-seeker1", "/api/applications/" + UUID.randomUUID()).statusCode(404).body("title", equalTo("Not found"));
        get("fjord-seeker1", "/api/applications/not-a-uuid").statusCode(404);
        get("fjord-coach1", "/api/clients").body("items.find { it.id == 'x' }", nullValue());
    }

    @Test
    void coachReadsOneClientWithItsCountsAndNoOtherOne() {
        create("fjord-seeker2", "One Client AS");
        String seeker2 = "10000000-0000-4000-8000-000000000102";
        get("fjord-coach1", "/api/clients/" + seeker2).statusCode(200)
                .body("id", equalTo(seeker2)).body("email", notNullValue())
                .body("stageCounts.APPLIED", notNullValue()).body("lastActivityAt", notNullValue());
        get("fjord-admin", "/api/clients/" + seeker2).statusCode(200).body("id", equalTo(seeker2));
        get("fjord-coach2", "/api/clients/" + seeker2).statusCode(404);
        get("nordlys-admin", "/api/clients/" + seeker2).statusCode(404);
        get("fjord-coach1", "/api/clients/" + UUID.randomUUID()).statusCode(404);
        // a coach is a person too, but not a client
        get("fjord-admin", "/api/clients/10000000-0000-4000-8000-000000000011").statusCode(404);
    }
}
