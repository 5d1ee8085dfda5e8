package io.coachline.feedback;

import io.coachline.common.people.Client;
import io.coachline.common.tenancy.TenantScope;
import io.coachline.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class FoundationTest {

    @Test
    void aTrackerPersonEventBecomesAClient() throws InterruptedException {
        UUID id = UUID.randomUUID();
        UUID coach = UUID.randomUUID();
        io.coachline.testsupport.EventsOnKafka.publish("tracker.events", id.toString(), UUID.randomUUID().toString(),
                "tracker.person.created.v1", "nordlys", io.coachline.testsupport.EventSamples.event("tracker.person.created.v1",
                        io.coachline.testsupport.EventSamples.fields().put("id", id.toString()).put("displayName", "Ola")
                                .put("locale", "nb").put("coachId", coach.toString())).toString());
        Client c = null;
        Instant end = Instant.now().plusSeconds(180); // a backlog of other modules' events may come first
        while (c == null && Instant.now().isBefore(end)) {
            c = TenantScope.call("nordlys", () -> QuarkusTransaction.requiringNew().call(() -> Client.findById(id)));
            if (c == null) {
                Thread.sleep(200);
            }
        }
        assertNotNull(c, "projected from tracker.events");
        assertEquals(coach, c.coachId);
    }

    @Test
    void meAndHealth() {
        given().auth().oauth2(Tokens.accessToken("fjord-admin")).when().get("/api/me")
                .then().statusCode(200).body("tenant", equalTo("fjord")).body("roles[0]", equalTo("tenant-admin"));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
