package io.coachline.tracker.people;

import io.coachline.testsupport.EventsOnKafka;
import io.coachline.testsupport.Tokens;
import io.coachline.tracker.foundation.Demo;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin adds a person: a real Keycloak user in the tenant's organisation, and a platform person. */
@QuarkusTest
class PersonCreationTest {

    static String body(String email, String role, UUID coachId) {
        return "{\"email\":\"" + email + "\",\"firstName\":\"Siri\",\"lastName\":\"Haugen\",\"role\":\"" + role + "\""
                + (coachId == null ? "" : ",\"coachId\":\"" + coachId + "\"") + ",\"locale\":\"nb\"}";
    }

    @Test
    void adminCreatesASeekerInKeycloakAndInThePlatform() {
        String email = "siri." + UUID.randomUUID().toString().substring(0, 8) + "@fjord.example";
        String id = given().auth().oauth2(Tokens.accessToken("fjord-admin")).contentType("application/json")
                .body(body(email, "SEEKER", Demo.FJORD_COACH2))
                .when().post("/api/people")
                .then().statusCode(201)
                .body("email", equalTo(email)).body("role", equalTo("SEEKER"))
                .body("coachId", equalTo(Demo.FJORD_COACH2.toString()))
                .extract().path("id");

        // Keycloak has the user, with the set-password action, in the fjord organisation.
        String admin = Tokens.adminServiceAccountToken();
        var user = given().auth().oauth2(admin).when().get(Tokens.keycloakUrl() + "/admin/realms/coaching/users/" + id)
                .then().statusCode(200).extract();
        assertEquals(email, user.path("email"));
        assertTrue(user.<List<String>>path("requiredActions").contains("UPDATE_PASSWORD"));
        given().auth().oauth2(admin).when().get(Tokens.keycloakUrl() + "/admin/realms/coaching/organizations/members/" + id + "/organizations")
                .then().statusCode(200).body("alias", hasItem("fjord"));
        given().auth().oauth2(admin).when().get(Tokens.keycloakUrl() + "/admin/realms/coaching/users/" + id + "/role-mappings/realm")
                .then().statusCode(200).body("name", hasItem("seeker"));

        // The platform knows them, their coach sees them, and the other services hear of it.
        given().auth().oauth2(Tokens.accessToken("fjord-coach2")).when().get("/api/clients")
                .then().statusCode(200).body("items.id", hasItem(id));
        var events = EventsOnKafka.await("tracker.events", e -> id.equals(e.key()),
                found -> found.size() >= 2, Duration.ofSeconds(20));
        assertEquals(List.of("tracker.person.created.v1", "tracker.assignment.changed.v1"),
                events.stream().map(EventsOnKafka.Event::type).toList());

        // Once is enough: the same e-mail again is a conflict, and nothing new is made.
        given().auth().oauth2(Tokens.accessToken("fjord-admin")).contentType("application/json")
                .body(body(email, "SEEKER", null))
                .when().post("/api/people")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingIsCreated() {
        given().auth().oauth2(Tokens.accessToken("fjord-admin")).contentType("application/json")
                .body("{\"email\":\"not-an-email\",\"firstName\":\"\",\"role\":\"KING\"}")
                .when().post("/api/people")
                .then().statusCode(400).body("errors.field", hasItems("role"));
        given().auth().oauth2(Tokens.accessToken("fjord-admin")).contentType("application/json")
                .body("{\"email\":\"not-an-email\",\"firstName\":\"\",\"lastName\":\"X\",\"role\":\"COACH\"}")
                .when().post("/api/people")
                .then().statusCode(400).body("errors.field", hasItems("email", "firstName"));
        String email = "ghost." + UUID.randomUUID().toString().substring(0, 8) + "@fjord.example";
        given().auth().oauth2(Tokens.accessToken("fjord-admin")).contentType("application/json")
                .body(body(email, "SEEKER", Demo.NORDLYS_COACH1))
                .when().post("/api/people")
                .then().statusCode(400).body("errors[0].field", equalTo("coachId"));
        given().auth().oauth2(Tokens.adminServiceAccountToken())
                .when().get(Tokens.keycloakUrl() + "/admin/realms/coaching/users?exact=true&email=" + email)
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(Tokens.accessToken("fjord-seeker1")).contentType("application/json")
                .body(body(email, "SEEKER", null))
                .when().post("/api/people").then().statusCode(403);
    }
}
