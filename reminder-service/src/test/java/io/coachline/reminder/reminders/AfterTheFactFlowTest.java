package io.coachline.reminder.reminders;

import io.coachline.reminder.plan.WorkingCalendar;
import io.coachline.testsupport.EventsOnKafka;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.coachline.reminder.reminders.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tracker events whose facts are dated in the past (issue 15), through the real broker: the reminders count
 * from the facts' dates, the overdue ones come first for the seeker and their coach with their original
 * date, an imported history does not flood Today, and the cool-down holds across applications to one employer.
 */
@QuarkusTest
class AfterTheFactFlowTest {

    static final UUID SEEKER8 = fjordSeeker(8);
    static final WorkingCalendar NORWAY = WorkingCalendar.norway();

    @BeforeAll
    static void people() {
        seeker("fjord", SEEKER8, "Fjord Seeker Eight", null, "en", FJORD_COACH2);
    }

    static LocalDate today() {
        return LocalDate.now(OSLO);
    }

    /** Noon in Oslo on {@code day}, as the tracker writes instants. */
    static String at(LocalDate day) {
        return day.atTime(11, 0).toInstant(ZoneOffset.UTC).toString();
    }

    /** An application event typed in now: the stage history says "now", the facts carry their own dates. */
    static String application(UUID app, UUID seeker, String employer, String stage, LocalDate appliedOn,
                              String contacts, String interviews, String interactions, String history) {
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String facts = "{\"employer\":\"" + employer + "\",\"position\":\"Platform engineer\",\"sector\":\"PRIVATE\","
                + "\"stage\":\"" + stage + "\",\"stageSince\":\"" + now + "\",\"appliedOn\":\"" + appliedOn
                + "\",\"createdAt\":\"" + now + "\",\"updatedAt\":\"" + now + "\",\"contacts\":" + contacts
                + ",\"interviews\":" + interviews + ",\"interactions\":" + interactions + ",\"stageHistory\":" + history + "}";
        try {
            return io.coachline.testsupport.EventSamples.application("tracker.application.updated.v1", app, seeker,
                    (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(facts)).toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(facts, e);
        }
    }

    static String typedInNow(String... stages) {
        String now = Instant.now().toString();
        StringBuilder b = new StringBuilder("[");
        String from = null;
        for (String s : stages) {
            b.append(b.length() > 1 ? "," : "").append("{\"from\":").append(from == null ? "null" : "\"" + from + "\"")
                    .append(",\"to\":\"").append(s).append("\",\"at\":\"").append(now).append("\",\"reopen\":false}");
            from = s;
        }
        return b.append("]").toString();
    }

    static String appliedToday(UUID app, UUID seeker, String employer, LocalDate appliedOn, String interactions) {
        return application(app, seeker, employer, "APPLIED", appliedOn, "[]", "[]", interactions, typedInNow("APPLIED"));
    }

    static JsonPath page(String token, String path) {
        return given().auth().oauth2(token).queryParam("limit", 500).when().get(path).then().statusCode(200)
                .extract().jsonPath();
    }

    /** Every overdue item comes before every other one. */
    static void overdueFirst(List<Map<String, Object>> items) {
        boolean seenOther = false;
        for (Map<String, Object> item : items) {
            boolean overdue = Boolean.TRUE.equals(item.get("overdue"));
            assertFalse(overdue && seenOther, "overdue " + item.get("key") + " after a reminder that is not overdue");
            seenOther |= !overdue;
        }
    }

    static int indexOf(List<Map<String, Object>> items, UUID app) {
        for (int i = 0; i < items.size(); i++) {
            if (app.toString().equals(items.get(i).get("applicationId"))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anApplicationSentWeeksAgoIsOverdueFromItsOwnDateAndShownFirst() {
        UUID recent = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        LocalDate sentLongAgo = today().minusDays(45);
        publishApplication("fjord", recent, "tracker.application.created.v1",
                appliedToday(recent, SEEKER8, "Kongsberg Gruppen", today(), "[]"));
        publishApplication("fjord", late, "tracker.application.created.v1",
                appliedToday(late, SEEKER8, "Aker BP", sentLongAgo, "[]"));
        awaitReminders("fjord", recent);
        Reminder f5 = awaitReminders("fjord", late).get(0);
        LocalDate due = NORWAY.plusWorkingDays(sentLongAgo, 10);
        assertEquals(due, f5.dueOn, "10 working days after the day it was sent, not after the day it was typed in");
        assertTrue(f5.dueOn.isBefore(today()));

        String token = Tokens.accessToken("fjord-seeker8");
        List<Map<String, Object>> own = page(token, "/api/reminders").getList("items");
        overdueFirst(own);
        // other tests of the shared stack give this seeker overdue follow-ups too: the recent one may not even be on
        // the first page, but wherever it is, it comes after the late one
        int lateAt = indexOf(own, late);
        int recentAt = indexOf(own, recent);
        assertTrue(lateAt >= 0 && (recentAt < 0 || lateAt < recentAt), "the overdue follow-up comes first: " + own);
        assertEquals(due.toString(), own.get(lateAt).get("dueOn"), "it keeps its original date");
        assertEquals(Boolean.TRUE, own.get(lateAt).get("overdue"));

        // paging with the cursor walks the same order: overdue first, then by day
        List<Object> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath onePage = request.when().get("/api/reminders").then().statusCode(200).extract().jsonPath();
            walked.addAll(onePage.getList("items.id"));
            cursor = onePage.getString("nextCursor");
        } while (cursor != null && walked.size() < 2000);
        List<Object> ids = own.stream().map(i -> i.get("id")).toList();
        // (the shared stack may still be delivering other modules' events for this seeker: compare what both saw)
        assertEquals(ids, walked.stream().filter(ids::contains).toList());

        List<Map<String, Object>> coach = page(Tokens.accessToken("fjord-coach2"), "/api/clients/" + SEEKER8 + "/reminders")
                .getList("items");
        overdueFirst(coach);
        int coachLateAt = indexOf(coach, late);
        int coachRecentAt = indexOf(coach, recent);
        assertTrue(coachLateAt >= 0 && (coachRecentAt < 0 || coachLateAt < coachRecentAt), "the coach sees it first too");
    }

    @Test
    void anImportedInterviewKeepsOnlyItsLastOverdueStepOpen() {
        UUID app = UUID.randomUUID();
        UUID kari = UUID.randomUUID();
        LocalDate held = today().minusDays(30);
        String contacts = "[{\"id\":\"" + kari + "\",\"name\":\"Kari Nordmann\",\"role\":\"INTERVIEWER\"}]";
        String interviews = "[{\"id\":\"" + UUID.randomUUID() + "\",\"round\":1,\"scheduledAt\":\"" + at(held)
                + "\",\"completedAt\":\"" + at(held) + "\",\"panel\":[\"" + kari + "\"],\"decisionExpectedBy\":null}]";
        publishApplication("fjord", app, "tracker.application.created.v1", application(app, SEEKER8, "Vy", "INTERVIEW",
                held.minusDays(14), contacts, interviews, "[]", typedInNow("APPLIED", "INTERVIEW")));
        List<Reminder> stored = eventually(() -> {
            List<Reminder> rs = remindersOf("fjord", app);
            return rs.size() >= 4 ? rs : null;
        });
        assertNotNull(stored, "F1, F2, F3 and F6 planned");
        Map<String, ReminderStatus> byRule = stored.stream().collect(Collectors.toMap(r -> r.rule, r -> r.status));
        assertEquals(Map.of("F1", ReminderStatus.MISSED, "F2", ReminderStatus.MISSED, "F3", ReminderStatus.MISSED,
                "F6", ReminderStatus.SCHEDULED), byRule);
        Reminder f6 = stored.stream().filter(r -> r.rule.equals("F6")).findFirst().orElseThrow();
        assertEquals(NORWAY.plusWorkingDays(held, 10), f6.dueOn, "counted from the interview's own day");

        JsonPath missed = given().auth().oauth2(Tokens.accessToken("fjord-seeker8")).queryParam("applicationId", app)
                .queryParam("status", "MISSED").when().get("/api/reminders").then().statusCode(200).extract().jsonPath();
        assertEquals(3, missed.getList("items").size(), "the missed steps are visible in the API");
        assertEquals(List.of(false, false, false), missed.getList("items.overdue"), "and not overdue: they are closed");

        var events = EventsOnKafka.await("reminder.events", e -> app.toString().equals(e.key())
                        && "reminder.reminder.missed.v1".equals(e.type()),
                found -> found.size() >= 3, Duration.ofSeconds(30));
        assertEquals(3, events.size(), "one missed event per missed step");
    }

    @Test
    void aContactLoggedOnOneApplicationHoldsTheOthersToTheSameEmployer() {
        UUID seeker = UUID.randomUUID();
        seeker("fjord", seeker, "Cool Down Person", null, "en", null);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        LocalDate sent = today().minusDays(12);
        LocalDate f5 = NORWAY.plusWorkingDays(sent, 10);
        LocalDate endOfCoolDown = NORWAY.nextWorkingDayOnOrAfter(today().plusDays(7));
        assertTrue(!f5.isBefore(today()) && f5.isBefore(endOfCoolDown), "precondition: F5 falls inside the cool-down");

        publishApplication("fjord", first, "tracker.application.created.v1",
                appliedToday(first, seeker, "Equinor ASA", sent, "[]"));
        assertEquals(f5, awaitReminders("fjord", first).get(0).dueOn);

        String call = "[{\"id\":\"" + UUID.randomUUID() + "\",\"at\":\"" + Instant.now() + "\",\"channel\":\"PHONE\","
                + "\"direction\":\"OUTBOUND\",\"purpose\":\"STATUS_CHECK\",\"outcome\":\"NO_ANSWER\"}]";
        publishApplication("fjord", second, "tracker.interaction.logged.v1",
                appliedToday(second, seeker, "EQUINOR", sent, call));
        Reminder moved = eventually(() -> {
            Reminder r = remindersOf("fjord", first).get(0);
            return r.dueOn.equals(endOfCoolDown) ? r : null;
        });
        assertNotNull(moved, "the call to Equinor on the other application moved this F5 to the end of the cool-down");
        assertEquals(ReminderStatus.SCHEDULED, moved.status);
    }
}
