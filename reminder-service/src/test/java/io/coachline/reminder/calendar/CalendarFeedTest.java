package io.coachline.reminder.calendar;

import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.coachline.reminder.reminders.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The secret feed is RFC 5545 that ical4j reads; a new address revokes the old one. */
@QuarkusTest
class CalendarFeedTest {

    @Test
    void theFeedParsesAndARevokedTokenIsGone() throws Exception {
        UUID seeker = fjordSeeker(3);
        seeker("fjord", seeker, "Fjord Seeker Three", "fjord-seeker3@fjord.example", "nb", FJORD_COACH1);
        UUID app = UUID.randomUUID();
        publishApplication("fjord", app, "tracker.interview.completed.v1",
                interview(app, seeker, "Hurtigruten, Ålesund; «kontor» og mye mer tekst som må brettes over flere linjer", 4, Instant.now()));
        List<String> reminderIds = awaitReminders("fjord", app).stream().map(r -> r.id.toString()).toList();

        String token = Tokens.accessToken("fjord-seeker3");
        String url = given().auth().oauth2(token).get("/api/calendar").then().statusCode(200).extract().path("url");
        assertEquals(url, given().auth().oauth2(token).get("/api/calendar").then().extract().path("url"), "stable");
        String path = URI.create(url).getPath();

        var response = given().get(path).then().statusCode(200).contentType("text/calendar").extract();
        String ics = response.asString();
        for (String line : ics.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(!ics.replace("\r\n", "").contains("\n"), "only CRLF line ends");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        List<String> uids = events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
        for (String id : reminderIds) {
            assertTrue(uids.contains(id + "@coachline"), "reminder " + id + " in " + uids);
        }
        assertTrue(uids.stream().anyMatch(u -> u.startsWith("interview-")), "the coming interview round");
        events.forEach(e -> assertTrue(e.getDateTimeStamp() != null));

        String renewed = given().auth().oauth2(token).post("/api/calendar").then().statusCode(200).extract().path("url");
        assertNotEquals(url, renewed);
        given().get(path).then().statusCode(404);
        given().get(URI.create(renewed).getPath()).then().statusCode(200);
        given().get("/api/calendar/" + "A".repeat(43) + ".ics").then().statusCode(404);
    }
}
