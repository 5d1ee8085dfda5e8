package io.coachline.reminder.hostile;

import io.coachline.testsupport.HostileRequest;
import io.coachline.testsupport.HostileTables;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.coachline.reminder.reminders.Fixtures.FJORD_COACH1;
import static io.coachline.reminder.reminders.Fixtures.applied;
import static io.coachline.reminder.reminders.Fixtures.eventually;
import static io.coachline.reminder.reminders.Fixtures.fjordSeeker;
import static io.coachline.reminder.reminders.Fixtures.publishApplication;
import static io.coachline.reminder.reminders.Fixtures.seeker;
import static io.restassured.RestAssured.given;

/**
 * Issue 13, "No 5xx from anything a client sends", for reminder-service: bad query parameters name
 * the parameter (400, not 404), cursors of other lists or with impossible dates are 400
 * {@code cursor}, bodies with NUL, out-of-range dates or overflowing numbers name their field, and
 * nothing changes.
 */
@QuarkusTest
class ClientInputTest {

    static final String SEEKER = HostileTables.REMINDER_SEEKER;
    static final String COACH = HostileTables.COACH;
    static final String ADMIN = HostileTables.ADMIN;
    static final UUID SEEKER_ID = fjordSeeker(1);
    static String reminderId;

    /** Once per class, in @BeforeEach: RestAssured knows the service's port only from the first test on. */
    @BeforeEach
    void setUp() {
        aReminder();
    }

    static void aReminder() {
        if (reminderId != null) {
            return;
        }
        seeker("fjord", SEEKER_ID, "Fjord Seeker One", "fjord-seeker1@fjord.example", "nb", FJORD_COACH1);
        UUID app = UUID.randomUUID();
        UUID another = UUID.randomUUID();
        publishApplication("fjord", app, "tracker.application.created.v1", applied(app, SEEKER_ID, "Hostile AS", 30, Instant.now()));
        publishApplication("fjord", another, "tracker.application.created.v1", applied(another, SEEKER_ID, "Second AS", 30, Instant.now()));
        reminderId = firstReminderOf(app);
        firstReminderOf(another); // two reminders at least: the lists have a second page at limit=1
    }

    static String firstReminderOf(UUID app) {
        return eventually(() -> {
            List<String> ids = as(SEEKER).queryParam("applicationId", app.toString()).get("/api/reminders").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            return ids.isEmpty() ? null : ids.get(0);
        });
    }

    static Stream<HostileRequest> rows() {
        return HostileTables.reminders();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void refusedNamingTheFieldWithNothingWritten(HostileRequest row) {
        row.filled("{seeker}", SEEKER_ID.toString()).assertRefused(reminderId, ClientInputTest::state);
    }

    @Test
    void bodyOverTheLimitIs413WithTheLimit() {
        HostileRequest.assertBodyOverTheLimitIs413(SEEKER, "POST", "/api/reminders/" + reminderId + "/snooze");
    }

    @Test
    void cursorsThisServiceGaveOutStillPage() {
        String next = as(SEEKER).get("/api/reminders?limit=1").then().statusCode(200).extract().path("nextCursor");
        as(SEEKER).get("/api/reminders?limit=1&cursor=" + next).then().statusCode(200);
        String clientNext = as(COACH).get("/api/clients/" + SEEKER_ID + "/reminders?limit=1").then().statusCode(200)
                .extract().path("nextCursor");
        as(COACH).get("/api/clients/" + SEEKER_ID + "/reminders?limit=1&cursor=" + clientNext).then().statusCode(200);
    }

    /** The tenant's policy and F5 template, and the reminder under test. */
    static Object state() {
        Map<String, Object> policy = as(ADMIN).get("/api/policy").then().statusCode(200).extract().jsonPath().getMap("");
        policy.remove("replan");
        Map<String, Object> reminder = as(SEEKER).get("/api/reminders/" + reminderId).then().statusCode(200).extract().jsonPath().getMap("");
        return List.of(policy, String.valueOf(reminder.get("status")), String.valueOf(reminder.get("dueOn")),
                String.valueOf(reminder.get("snoozedUntil")),
                as(ADMIN).get("/api/policy/templates/F5/en").then().statusCode(200).extract().asString());
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }
}
