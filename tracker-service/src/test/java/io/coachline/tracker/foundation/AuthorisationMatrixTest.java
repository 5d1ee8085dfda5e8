package io.coachline.tracker.foundation;

import io.coachline.testsupport.AuthorisationMatrix;
import io.coachline.testsupport.Http;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every operation of the tracker's OpenAPI document × every kind of caller, against authorisation-matrix.txt. */
@QuarkusTest
class AuthorisationMatrixTest {

    static final String SEEKER1 = "10000000-0000-4000-8000-000000000101";

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        Http.Answer created = Http.send(AuthorisationMatrix.OWNER, "POST", "/api/applications",
                "{\"employer\":\"Matrix AS\",\"position\":\"Owner's\",\"sector\":\"PRIVATE\"}");
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("application").path("id").asText();
        Http.Answer interview = Http.send(AuthorisationMatrix.OWNER, "POST", "/api/applications/" + id + "/interviews",
                "{\"scheduledAt\":\"2026-12-20T10:00:00Z\",\"format\":\"VIDEO\"}");
        assertEquals(201, interview.status(), interview.body());
        String interviewId = interview.json().path("id").asText();

        AuthorisationMatrix.verify("authorisation-matrix.txt", Map.of(
                "/api/applications/{id}", "/api/applications/" + id,
                "/api/applications/{id}/stage", "/api/applications/" + id + "/stage",
                "/api/applications/{id}/contacts", "/api/applications/" + id + "/contacts",
                "/api/applications/{id}/interactions", "/api/applications/" + id + "/interactions",
                "/api/applications/{id}/interviews", "/api/applications/" + id + "/interviews",
                "/api/applications/{id}/interviews/{interviewId}/complete",
                "/api/applications/" + id + "/interviews/" + interviewId + "/complete",
                "/api/clients/{seekerId}", "/api/clients/" + SEEKER1,
                "/api/clients/{seekerId}/applications", "/api/clients/" + SEEKER1 + "/applications",
                "/api/assignments/{seekerId}", "/api/assignments/" + SEEKER1));
    }
}
