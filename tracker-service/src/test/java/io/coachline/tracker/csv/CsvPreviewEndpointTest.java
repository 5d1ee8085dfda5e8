package io.coachline.tracker.csv;

import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import preview, the seeker's remembered mapping, the date order and CSV injection, on the real stack. */
@QuarkusTest
class CsvPreviewEndpointTest {

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }

    private static io.restassured.response.ValidatableResponse post(String user, String path, String csv) {
        return as(user).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).when().post(path).then();
    }

    private static io.restassured.response.ValidatableResponse postJson(String user, String path, Map<String, Object> body) {
        return as(user).contentType("application/json").body(body).when().post(path).then();
    }

    @Test
    void aSheetWithAnUnknownWordIsPreviewedMappedAndTheMappingIsRemembered() {
        // a column of its own makes this run's layout new, whatever earlier runs remembered
        String layout = "Company,Position,Industry,Status,Sent on,Row " + UUID.randomUUID() + "\n";
        String first = layout + "Acme,Developer,Software,Draft,,\n"
                + "Oslo kommune,Rådgiver,Public sector,Sent,02.11.2026,\n"
                + "Globex,Analyst,Software,Parked,20.10.2026,\n";
        post("fjord-seeker6", "/api/applications/import/preview", first).statusCode(200)
                .body("layout", equalTo("flat"))
                .body("remembered", equalTo(false))
                .body("unmapped.columns", hasItem("Industry"))
                .body("unmapped.values.value", equalTo(List.of("Parked")))
                .body("values.find { it.value == 'Draft' }.target", equalTo("WISHLIST"))
                .body("errors.field", equalTo(List.of("Status")));
        // without a choice the file is refused, naming the word, and nothing is written
        post("fjord-seeker6", "/api/applications/import", first).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Status"));

        postJson("fjord-seeker6", "/api/applications/import", Map.of("csv", first,
                "values", Map.of("stage", Map.of("Parked", "ON_HOLD")))).statusCode(200).body("imported", equalTo(3));

        // the next file of the same layout reads with the remembered choice, without asking
        String second = layout + "Initech,Tester,Software,Parked,21.10.2026,\n";
        post("fjord-seeker6", "/api/applications/import/preview", second).statusCode(200)
                .body("remembered", equalTo(true))
                .body("values.find { it.value == 'Parked' }.by", equalTo("seeker"))
                .body("errors.size()", equalTo(0));
        post("fjord-seeker6", "/api/applications/import", second).statusCode(200).body("imported", equalTo(1));
        as("fjord-seeker6").when().get("/api/applications?stage=ON_HOLD&limit=500").then().statusCode(200)
                .body("items.employer", hasItems("Globex", "Initech"));
        // another seeker does not get this seeker's choices
        post("fjord-seeker5", "/api/applications/import/preview", second).statusCode(200)
                .body("remembered", equalTo(false));
    }

    @Test
    void anAmbiguousDateOrderIsAskedForAndThenUsed() {
        String file = "Company,Job Title,Date Applied,Status\nAcme,Dev,03/04/2026,Applied\n";
        post("fjord-seeker5", "/api/applications/import/preview", file).statusCode(200)
                .body("dates.needed", equalTo(true)).body("dates.examples", equalTo(List.of("03/04/2026")));
        post("fjord-seeker5", "/api/applications/import", file).statusCode(400)
                .body("errors[0].message", startsWith("ambiguous date"));
        post("fjord-seeker5", "/api/applications/import?dateOrder=dmy", file).statusCode(200).body("imported", equalTo(1));
        as("fjord-seeker5").when().get("/api/applications?limit=1").then()
                .body("items[0].appliedOn", equalTo("2026-04-03"));
        post("fjord-seeker5", "/api/applications/import?dateOrder=sideways", file).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("dateOrder"));
    }

    @Test
    void formulaLookingCellsAreExportedAsTextAndImportBackByteIdentical() {
        String header = String.join(",", ApplicationCsv.header()) + "\r\n";
        StringBuilder row = new StringBuilder();
        for (ApplicationCsv.Column c : ApplicationCsv.Column.values()) {
            if (c.ordinal() > 0) {
                row.append(',');
            }
            row.append(switch (c) {
                case RECORD -> "application";
                case APPLICATION_REF -> "1";
                case EMPLOYER -> "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"";
                case POSITION -> "-Lead-";
                case SOURCE -> "@referral";
                case STAGE -> "APPLIED";
                case NOTES -> "+47 555 01 234";
                default -> "";
            });
        }
        post("fjord-seeker7", "/api/applications/import", header + row + "\r\n").statusCode(200);
        String first = as("fjord-seeker7").when().get("/api/applications/export.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(first.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'-Lead-,"), first);
        assertTrue(first.contains(",'@referral,") && first.contains(",'+47 555 01 234\r\n"), first);
        // the quote is only in the file: the log holds the seeker's text
        as("fjord-seeker7").when().get("/api/applications?limit=500").then()
                .body("items.employer", hasItem("=HYPERLINK(\"http://evil.example\",\"x\")"));

        post("fjord-seeker1", "/api/applications/import/preview", first).statusCode(200).body("layout", equalTo("native"));
        post("nordlys-seeker2", "/api/applications/import", first).statusCode(200);
        String second = as("nordlys-seeker2").when().get("/api/applications/export.csv").then().extract().asString();
        // the seekers' logs may hold other applications from earlier runs: compare the record, less its number
        String record = first.lines().filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow();
        String cells = record.substring(record.indexOf(',', "application,".length()));
        assertTrue(second.lines().anyMatch(l -> l.startsWith("application,") && l.endsWith(cells)),
                "export → import → export is byte-identical for the record: " + cells);
    }

    @Test
    void anImportOverTheSoftLimitWarns() {
        StringBuilder file = new StringBuilder("Company,Job Title,Status\n");
        for (int i = 0; i < 12; i++) {
            file.append("Employer ").append(i).append(",Role,Applied\n");
        }
        post("fjord-seeker5", "/api/applications/import", file.toString()).statusCode(200)
                .body("imported", equalTo(12))
                .body("warnings[0].code", equalTo("open-applications-over-limit"));
    }
}
