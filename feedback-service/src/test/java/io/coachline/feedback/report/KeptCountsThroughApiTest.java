package io.coachline.feedback.report;

import io.coachline.feedback.Fixtures;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.coachline.feedback.Fixtures.FJORD_COACH1;
import static io.coachline.feedback.Fixtures.fjordSeeker;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Entries written through the API (Hibernate, in the request's transaction) move the kept report counts with them. */
@QuarkusTest
class KeptCountsThroughApiTest {

    static final ReportFilter TENANT = new ReportFilter("fjord", null, null, null, null, null);
    static final ReportFilter COACH1 = new ReportFilter("fjord", null, null, FJORD_COACH1, null, null);
    static UUID app;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void people() {
        Fixtures.person("fjord", FJORD_COACH1, "COACH", null);
        Fixtures.person("fjord", fjordSeeker(1), "SEEKER", FJORD_COACH1);
        app = UUID.randomUUID();
        Fixtures.simpleApplication("fjord", app, fjordSeeker(1));
        Fixtures.awaitClients("fjord", List.of(fjordSeeker(1), FJORD_COACH1));
        Fixtures.awaitApplications("fjord", List.of(app));
    }

    static RequestSpecification seeker1() {
        return given().auth().oauth2(Tokens.accessToken("fjord-seeker1")).contentType(ContentType.JSON);
    }

    static String body(String reason, boolean received) {
        return "{\"applicationId\":\"" + app + "\",\"outcome\":\"REJECTED\",\"stageReached\":\"INTERVIEW\",\"rejectionReason\":\"" + reason
                + "\",\"strengths\":[\"preparation\"],\"requested\":true,\"received\":" + received + "}";
    }

    @Test
    void createUpdateAndRefusedWritesKeepTheCountsEqualToThePlainAggregate() throws Exception {
        long salary = entries(KeptCounts.REASON, "salary"), location = entries(KeptCounts.REASON, "location");
        long received = entries(KeptCounts.RECEIVED, ""), requested = entries(KeptCounts.REQUESTED, "");

        String id = seeker1().body(body("salary", false)).post("/api/feedback").then().statusCode(201).extract().path("id");
        assertEquals(salary + 1, entries(KeptCounts.REASON, "salary"));
        assertEquals(requested + 1, entries(KeptCounts.REQUESTED, ""));
        assertKeptEqualsPlain();

        seeker1().body(body("location", true)).header("If-Match", "\"0\"").put("/api/feedback/" + id).then().statusCode(200);
        assertEquals(salary, entries(KeptCounts.REASON, "salary"));
        assertEquals(location + 1, entries(KeptCounts.REASON, "location"));
        assertEquals(received + 1, entries(KeptCounts.RECEIVED, ""));
        assertKeptEqualsPlain();

        // refused writes change nothing
        seeker1().body(body("no-such-reason", true)).post("/api/feedback").then().statusCode(400);
        seeker1().body(body("salary", true)).header("If-Match", "\"0\"").put("/api/feedback/" + id).then().statusCode(412);
        assertEquals(salary, entries(KeptCounts.REASON, "salary"));
        assertEquals(location + 1, entries(KeptCounts.REASON, "location"));
        assertKeptEqualsPlain();
    }

    long entries(String measure, String code) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return KeptCounts.read(c, COACH1, measure).get(measure).getOrDefault(code, new long[2])[0];
        }
    }

    void assertKeptEqualsPlain() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (ReportFilter f : List.of(TENANT, COACH1)) {
                Map<String, Map<String, long[]>> kept = KeptCounts.read(c, f, PlainCounts.MEASURES);
                assertEquals(PlainCounts.text(PlainCounts.of(c, f)), PlainCounts.text(kept), "coach " + f.coachId());
            }
        }
    }
}
