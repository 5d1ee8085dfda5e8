package io.coachline.gateway.pipeline;

import io.coachline.gateway.route.UpstreamStubs;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PipelineStubs.class, restrictToAnnotatedClass = true)
class PipelineResourceTest {

    @BeforeEach
    void reset() {
        PipelineStubs.reset();
        UpstreamStubs.SEEN.clear();
    }

    private ValidatableResponse pipelinesAs(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).when().get("/api/coach/pipelines").then();
    }

    @Test
    void coachSeesCountsOverdueRemindersLastActivityAndLastFeedbackPerClient() {
        pipelinesAs("fjord-coach1").statusCode(200)
                .body("partial", equalTo(false))
                .body("unavailable", hasSize(0))
                .body("items", hasSize(2))
                .body("items[0].seekerId", equalTo(PipelineStubs.ADA))
                .body("items[0].displayName", equalTo("Ada Lovelace"))
                .body("items[0].stageCounts.APPLIED", equalTo(2))
                .body("items[0].stageCounts.INTERVIEW", equalTo(1))
                .body("items[0].activeApplications", equalTo(3))
                .body("items[0].overdueReminders", equalTo(1))
                .body("items[0].dueReminders", equalTo(2))
                .body("items[0].nextReminderDueOn", equalTo("2025-01-05"))
                .body("items[0].lastFeedback.outcome", equalTo("REJECTED"))
                .body("items[0].lastFeedback.rejectionReason", equalTo("MORE_EXPERIENCE"))
                // the feedback (12 Jan) is newer than the last application change (10 Jan)
                .body("items[0].lastActivityAt", equalTo("2025-01-12T08:00:00Z"))
                .body("items[1].overdueReminders", equalTo(0))
                .body("items[1].lastFeedback", nullValue())
                .body("items[1].lastActivityAt", nullValue());
    }

    @Test
    void eachServiceIsCalledWithTheCallersOwnToken() {
        String token = Tokens.accessToken("fjord-coach1");
        given().auth().oauth2(token).get("/api/coach/pipelines").then().statusCode(200);
        assertEquals(5, PipelineStubs.SEEN.size(), PipelineStubs.SEEN.toString());
        PipelineStubs.SEEN.forEach(s -> assertEquals("Bearer " + token, s.authorization(), s.toString()));
    }

    @Test
    void servedByTheGatewayItselfNotRelayed() {
        pipelinesAs("fjord-admin").statusCode(200).body("items", hasSize(2));
        assertTrue(UpstreamStubs.SEEN.stream().noneMatch(s -> s.pathAndQuery().startsWith("/api/coach")),
                "the relay was not used: " + UpstreamStubs.SEEN);
        assertTrue(PipelineStubs.SEEN.stream().noneMatch(s -> s.pathAndQuery().startsWith("/api/coach")));
    }

    @Test
    void aServiceThatFailsLeavesItsNumbersOutAndMarksThePagePartial() {
        PipelineStubs.ANSWERS.put("reminder /api/clients/" + PipelineStubs.ADA + "/reminders?limit=500",
                new PipelineStubs.Answer(503, "{}"));
        pipelinesAs("fjord-coach1").statusCode(200)
                .body("partial", equalTo(true))
                .body("unavailable", contains("reminder"))
                .body("items", hasSize(2))
                .body("items[0].overdueReminders", nullValue())
                .body("items[0].stageCounts.APPLIED", equalTo(2))
                .body("items[0].lastFeedback.outcome", equalTo("REJECTED"))
                .body("items[1].overdueReminders", equalTo(0));
    }

    @Test
    void withoutTheTrackerTheAnswerIsEmptyAndPartialNotA500() {
        PipelineStubs.ANSWERS.put("tracker /api/clients", new PipelineStubs.Answer(500, "{}"));
        pipelinesAs("fjord-coach1").statusCode(200)
                .body("partial", equalTo(true))
                .body("unavailable", contains("tracker"))
                .body("items", hasSize(0));
    }

    @Test
    void callsToTheServicesRunInParallel() {
        PipelineStubs.delayMillis = 600;
        long start = System.nanoTime();
        pipelinesAs("fjord-coach1").statusCode(200).body("partial", equalTo(false));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // one tracker call, then four per-client calls at once: about 2 × 600 ms, not 5 × 600 ms
        assertTrue(millis < 2600, "took " + millis + " ms");
    }

    @Test
    void seekerGets403() {
        pipelinesAs("fjord-seeker1").statusCode(403).contentType("application/problem+json");
        assertEquals(0, PipelineStubs.SEEN.size());
    }

    @Test
    void anonymousGets401() {
        given().redirects().follow(false).when().get("/api/coach/pipelines").then().statusCode(401);
        assertEquals(0, PipelineStubs.SEEN.size());
    }
}
