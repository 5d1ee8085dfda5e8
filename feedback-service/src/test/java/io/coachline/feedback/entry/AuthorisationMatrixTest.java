package io.coachline.feedback.entry;

import io.coachline.feedback.Fixtures;
import io.coachline.testsupport.AuthorisationMatrix;
import io.coachline.testsupport.Http;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.coachline.feedback.Fixtures.FJORD_COACH1;
import static io.coachline.feedback.Fixtures.FJORD_COACH2;
import static io.coachline.feedback.Fixtures.fjordSeeker;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every operation of the feedback-service's OpenAPI document × every kind of caller, against authorisation-matrix.txt. */
@QuarkusTest
class AuthorisationMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        UUID owner = fjordSeeker(1);
        Fixtures.person("fjord", FJORD_COACH1, "COACH", null);
        Fixtures.person("fjord", FJORD_COACH2, "COACH", null);
        Fixtures.person("fjord", owner, "SEEKER", FJORD_COACH1);
        Fixtures.person("fjord", fjordSeeker(2), "SEEKER", FJORD_COACH1);
        UUID app = UUID.randomUUID();
        Fixtures.simpleApplication("fjord", app, owner);
        Fixtures.awaitClients("fjord", List.of(owner, fjordSeeker(2), FJORD_COACH1, FJORD_COACH2));
        Fixtures.awaitApplications("fjord", List.of(app));
        Http.Answer entry = Http.send(AuthorisationMatrix.OWNER, "POST", "/api/feedback",
                "{\"applicationId\":\"" + app + "\",\"outcome\":\"REJECTED\",\"stageReached\":\"INTERVIEW\"}");
        assertEquals(201, entry.status(), entry.body());
        String id = entry.json().path("id").asText();

        AuthorisationMatrix.verify("authorisation-matrix.txt", Map.of("/api/feedback/{id}", "/api/feedback/" + id),
                Map.of("app", app.toString()));
    }
}
