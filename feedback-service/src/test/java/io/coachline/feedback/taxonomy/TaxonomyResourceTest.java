package io.coachline.feedback.taxonomy;

import io.coachline.feedback.Fixtures;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class TaxonomyResourceTest {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    @Test
    void everyTenantStartsWithTheReasonsOfTheDomain() {
        for (String user : List.of("nordlys-seeker3", "nordlys-coach2", "nordlys-admin")) {
            as(user).get("/api/taxonomy").then().statusCode(200)
                    .body("reasons.code", hasItems("internal-candidate", "decided-not-to-hire", "position-cancelled", "more-experience",
                            "skills-mismatch", "better-fit", "salary", "location", "no-reason-given"))
                    .body("reasons.find { it.code == 'salary' }.labels.nb", equalTo("Lønn"))
                    .body("strengths.code", hasItem("communication")).body("weaknesses.code", hasItem("experience-gap"));
        }
    }

    @Test
    void onlyTheAdminChangesIt() {
        as("fjord-coach1").body("{\"strengths\":[]}").put("/api/taxonomy").then().statusCode(403);
        as("fjord-seeker1").body("{\"strengths\":[]}").put("/api/taxonomy").then().statusCode(403);
    }

    @Test
    void addRenameRetireKeepsTheCodeAndItsHistory() {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        as("fjord-admin").body("{\"strengths\":[{\"code\":\"" + code + "\",\"labels\":{\"en\":\"Curious\",\"nb\":\"Nysgjerrig\"}}]}")
                .put("/api/taxonomy").then().statusCode(200)
                .body("strengths.find { it.code == '" + code + "' }.labels.en", equalTo("Curious"));
        // a seeker can use it; it shows in the other tenant nowhere
        UUID app = UUID.randomUUID();
        Fixtures.person("fjord", Fixtures.fjordSeeker(3), "SEEKER", Fixtures.FJORD_COACH1);
        Fixtures.simpleApplication("fjord", app, Fixtures.fjordSeeker(3));
        Fixtures.awaitApplications("fjord", List.of(app));
        String entry = "{\"applicationId\":\"" + app + "\",\"outcome\":\"REJECTED\",\"stageReached\":\"APPLIED\",\"strengths\":[\"" + code + "\"]}";
        String id = as("fjord-seeker3").body(entry).post("/api/feedback").then().statusCode(201).extract().path("id");
        as("nordlys-admin").get("/api/taxonomy").then().statusCode(200).body("strengths.code", org.hamcrest.Matchers.not(hasItem(code)));

        as("fjord-admin").body("{\"strengths\":[{\"code\":\"" + code + "\",\"labels\":{\"en\":\"Inquisitive\"},\"retired\":true}]}")
                .put("/api/taxonomy").then().statusCode(200)
                .body("strengths.find { it.code == '" + code + "' }.labels.en", equalTo("Inquisitive"))
                .body("strengths.find { it.code == '" + code + "' }.labels.nb", equalTo("Nysgjerrig"))
                .body("strengths.find { it.code == '" + code + "' }.retired", equalTo(true));
        // retired: no new use, but the old entry keeps it and can still be edited
        as("fjord-seeker3").body(entry).post("/api/feedback").then().statusCode(400).body("errors.field", hasItem("strengths[0]"));
        as("fjord-seeker3").body("{\"notes\":\"still mine\"}").patch("/api/feedback/" + id).then().statusCode(200)
                .body("strengths[0]", equalTo(code));
    }

    @Test
    void badItemsAreNamed() {
        as("fjord-admin").body("{\"reasons\":[{\"code\":\"Bad Code\",\"labels\":{\"en\":\"x\",\"nb\":\"x\"}},"
                        + "{\"code\":\"salary\",\"labels\":{\"fr\":\"Salaire\"}}]}")
                .put("/api/taxonomy").then().statusCode(400).body("errors.field", hasItems("reasons[0].code", "reasons[1].labels.fr"));
    }
}
