package io.coachline.tracker.application;

import io.coachline.testsupport.EventsOnKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.coachline.tracker.application.ApplicationApi.get;
import static io.coachline.tracker.application.ApplicationApi.post;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The soft limit on open applications is the tenant policy's value, as reminder-service publishes it
 * on reminder.events ({@code reminder.policy.changed.v1}); every path that makes an application active
 * warns, none blocks, and {@code GET /api/applications/limits} shows it while it holds.
 * The limit is set relative to what the seeker has open, so the test holds on a reused stack.
 */
@QuarkusTest
class SoftLimitTest {

    static final String SEEKER = "fjord-seeker6";
    static final String WARNING = "open-applications-over-limit";

    static void policy(String tenant, int softLimit, Instant changedAt) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_type", "reminder.policy.changed.v1");
        headers.put("ce_source", "/coachline/reminder-service");
        headers.put("ce_subject", tenant);
        headers.put("ce_time", changedAt.toString());
        headers.put("ce_tenantid", tenant);
        headers.put("content-type", "application/json");
        EventsOnKafka.publishRaw("reminder.events", tenant, headers,
                "{\"softLimitOpenApplications\":" + softLimit + ",\"coolDownDays\":7,\"morningHour\":8}");
    }

    static void limitEventually(int wanted) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(60);
        int limit = -1;
        while (Instant.now().isBefore(end)) {
            limit = get(SEEKER, "/api/applications/limits").statusCode(200).extract().path("softLimitOpenApplications");
            if (limit == wanted) {
                return;
            }
            Thread.sleep(250);
        }
        assertEquals(wanted, limit, "the policy event reached the tracker");
    }

    static int open() {
        return get(SEEKER, "/api/applications/limits").extract().path("openApplications");
    }

    static String create(String stage) {
        return post(SEEKER, "/api/applications", "{\"employer\":\"Limit AS\",\"position\":\"Dev\",\"stage\":\"" + stage + "\"}")
                .statusCode(201).extract().path("application.id");
    }

    @Test
    void theLimitsAreInTheOpenApiDocument() {
        io.restassured.RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/applications/limits"))
                .body("components.schemas.Limits.properties", org.hamcrest.Matchers.hasKey("softLimitOpenApplications"))
                .body("components.schemas.StageMove.properties", org.hamcrest.Matchers.hasKey("at"));
    }

    @Test
    void everyPathThatMakesAnApplicationActiveWarnsWithTheTenantsLimit() throws InterruptedException {
        create("APPLIED");
        int open = open();
        try {
            policy("fjord", open, Instant.now());
            limitEventually(open);
            get(SEEKER, "/api/applications/limits").body("warnings.size()", equalTo(0));

            // Create: a WISHLIST entry is not active, an APPLIED one goes over.
            post(SEEKER, "/api/applications", "{\"employer\":\"Dream AS\",\"position\":\"Dev\",\"stage\":\"WISHLIST\"}")
                    .statusCode(201).body("warnings.size()", equalTo(0));
            String wish = post(SEEKER, "/api/applications", "{\"employer\":\"Wish AS\",\"position\":\"Dev\",\"stage\":\"WISHLIST\"}")
                    .statusCode(201).extract().path("application.id");
            String over = post(SEEKER, "/api/applications", "{\"employer\":\"Over AS\",\"position\":\"Dev\"}")
                    .statusCode(201).body("warnings[0].code", equalTo(WARNING))
                    .body("warnings[0].message", org.hamcrest.Matchers.containsString(String.valueOf(open))).extract().path("application.id");
            get(SEEKER, "/api/applications/limits").statusCode(200)
                    .body("openApplications", equalTo(open + 1))
                    .body("softLimitOpenApplications", equalTo(open))
                    .body("warnings[0].code", equalTo(WARNING));

            // Closing one: back at the limit, the warning no longer holds.
            post(SEEKER, "/api/applications/" + over + "/stage", "{\"stage\":\"WITHDRAWN\"}")
                    .statusCode(200).body("warnings.size()", equalTo(0));
            get(SEEKER, "/api/applications/limits").body("warnings.size()", equalTo(0));

            // WISHLIST to APPLIED.
            post(SEEKER, "/api/applications/" + wish + "/stage", "{\"stage\":\"APPLIED\"}")
                    .statusCode(200).body("stage", equalTo("APPLIED")).body("warnings[0].code", equalTo(WARNING));
            post(SEEKER, "/api/applications/" + wish + "/stage", "{\"stage\":\"REJECTED\"}")
                    .statusCode(200).body("warnings.size()", equalTo(0));

            // Booking an interview for a WISHLIST entry makes it active too.
            String booked = create("WISHLIST");
            post(SEEKER, "/api/applications/" + booked + "/interviews",
                    "{\"scheduledAt\":\"" + Instant.now().plusSeconds(86400) + "\",\"format\":\"PHONE\"}")
                    .statusCode(201).body("round", equalTo(1)).body("warnings[0].code", equalTo(WARNING));
            post(SEEKER, "/api/applications/" + booked + "/stage", "{\"stage\":\"WITHDRAWN\"}").statusCode(200);

            // Re-open.
            post(SEEKER, "/api/applications/" + over + "/stage", "{\"stage\":\"APPLIED\",\"reopen\":true}")
                    .statusCode(200).body("stage", equalTo("APPLIED")).body("warnings[0].code", equalTo(WARNING));

            // An older change that arrives late does not win over the newer one. The F9 hand-back behind it
            // on the same partition (same key) tells when the consumer has passed it.
            String barrier = create("APPLIED");
            policy("fjord", 500, Instant.now().minusSeconds(3600));
            EventsOnKafka.publish("reminder.events", "fjord", UUID.randomUUID().toString(), "reminder.reminder.done.v1", "fjord",
                    "{\"reminderId\":\"" + UUID.randomUUID() + "\",\"applicationId\":\"" + barrier + "\",\"rule\":\"F9\",\"status\":\"DONE\"}");
            Instant end = Instant.now().plusSeconds(60);
            while (!"NO_RESPONSE".equals(get(SEEKER, "/api/applications/" + barrier).extract().path("stage")) && Instant.now().isBefore(end)) {
                Thread.sleep(250);
            }
            get(SEEKER, "/api/applications/" + barrier).body("stage", equalTo("NO_RESPONSE"));
            assertEquals(open, (int) get(SEEKER, "/api/applications/limits").extract().path("softLimitOpenApplications"),
                    "the late, older policy change was ignored");
        } finally {
            policy("fjord", 10, Instant.now()); // the default again, for whatever runs next on this stack
            limitEventually(10);
        }
    }
}
