package io.coachline.tracker.csv;

import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CsvEndpointTest {

    static String export(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).when().get("/api/applications/export.csv")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
    }

    static io.restassured.response.ValidatableResponse upload(String user, String csv) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/applications/import").then();
    }

    static int count(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).when().get("/api/applications?limit=500")
                .then().statusCode(200).extract().path("items.size()");
    }

    /** Export a rich log, import it into another seeker, export again: the same file. */
    @Test
    void exportImportRoundTripGivesAnIdenticalLog() {
        String file = "\uFEFFrecord,application_ref,contact_ref,employer,position,ad_url,location,sector,stage,applied_on,name,role,email,round,format,scheduled_at,completed_at,decision_expected_by,panel,at,channel,direction,purpose,summary,outcome,note\r\n"
                + "application,1,,\"Nordic Semi, ASA\",Firmware dev,https://jobs.example/9,Trondheim,PRIVATE,INTERVIEW,2026-10-01,,,,,,,,,,,,,,,,\r\n"
                + "contact,1,c1,,,,,,,,\"Kari \"\"K\"\" Nordmann\",INTERVIEWER,kari@ns.example,,,,,,,,,,,,,\r\n"
                + "interview,1,,,,,,,,,,,,1,VIDEO,2026-10-10T10:00:00+02:00,2026-10-10T11:00:00+02:00,2026-10-24,c1,,,,,,,\r\n"
                + "interaction,1,c1,,,,,,,,,,,,,,,,,2026-10-11T09:00:00+02:00,EMAIL,OUTBOUND,THANK_YOU,\"Thanks,\nsee you\",,\r\n"
                + "stage_change,1,,,,,,,APPLIED,,,,,,,,,,,2026-10-01T08:00:00Z,,,,,,\r\n"
                + "stage_change,1,,,,,,,INTERVIEW,,,,,,,,,,,2026-10-05T08:00:00Z,,,,,,Invited\r\n";
        upload("nordlys-seeker5", file).statusCode(200).body("imported", equalTo(1));
        String first = export("nordlys-seeker5");
        assertTrue(first.contains("Nordic Semi, ASA"), first);

        upload("nordlys-seeker6", first).statusCode(200).body("imported", equalTo(1));
        String second = export("nordlys-seeker6");
        assertEquals(first, second, "the imported log is identical");

        given().auth().oauth2(Tokens.accessToken("nordlys-seeker6")).when().get("/api/applications")
                .then().body("items[0].employer", equalTo("Nordic Semi, ASA")).body("items[0].stage", equalTo("INTERVIEW"));
    }

    @Test
    void aMalformedFileIsRefusedWholeListingEveryBadRow() {
        int before = count("nordlys-seeker4");
        String file = "Company,Job Title,Date Applied,Status\n"
                + "Good AS,Developer,2026-11-01,Applied\n"
                + ",Tester,2026-11-02,Applied\n"
                + "Bad Date AS,Analyst,31.02.2026,Interviewing\n"
                + "Odd AS,Dev,2026-11-03,Sleeping\n";
        upload("nordlys-seeker4", file).statusCode(400).contentType("application/problem+json")
                .body("errors.row", hasItems(3, 4, 5))
                .body("errors.field", hasItems("Company", "Date Applied", "Status"));
        assertEquals(before, count("nordlys-seeker4"), "nothing was written");

        upload("nordlys-seeker4", "employer,position\n\"unterminated,x\n").statusCode(400)
                .body("errors[0].field", equalTo("file"));
        assertEquals(before, count("nordlys-seeker4"));
    }

    @Test
    void anotherTrackersExportImports() {
        String file = "Company,Job Title,Date Applied,Status,URL,Notes\r\n"
                + "Acme,Engineer,2026-11-01,Ghosted,https://acme.example/jobs/1,\"multi\nline\"\r\n"
                + "Globex,Designer,11/20/2026,Wishlist,,\r\n";
        upload("nordlys-seeker3", file).statusCode(200).body("imported", equalTo(2));
        given().auth().oauth2(Tokens.accessToken("nordlys-seeker3")).when().get("/api/applications?stage=NO_RESPONSE")
                .then().body("items.employer", hasItems("Acme"));
    }

    /**
     * Not a timed assertion (noisy machines); the figure goes to the log and docs/benchmarks.md.
     * The suite imports 2,000 rows: every imported application is an event that the other
     * services' tests must consume after this one. The benchmark run asks for 10,000:
     * {@code ./mvnw -pl tracker-service test -Dtest=CsvEndpointTest -Dcoachline.bench.rows=10000}.
     */
    @Test
    void thousandsOfRowsImportInOneGo() {
        int rows = Integer.getInteger("coachline.bench.rows", 2_000);
        StringBuilder file = new StringBuilder("Company,Job Title,Date Applied,Status,Location\n");
        for (int i = 0; i < rows; i++) {
            file.append("Employer ").append(i).append(",Role ").append(i).append(",2026-11-01,Applied,Oslo\n");
        }
        long start = System.nanoTime();
        upload("fjord-seeker8", file.toString()).statusCode(200).body("imported", equalTo(rows));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BENCH csv-import rows=%d ms=%d%n", rows, ms);
    }
}
