package io.coachline.systemtests;

import io.coachline.testsupport.HostileRequest;
import io.coachline.testsupport.HostileTables;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Issue 13, "No 5xx from anything a client sends ... through the gateway": every service's table of hostile requests
 * (test-support {@link HostileTables}, the same rows each service's {@code hostile/ClientInputTest} sends to the service
 * itself) sent through the gateway with real bearer tokens: each answers 400 problem+json naming the field, nothing
 * changes, and a body over the limit answers 413 with the limit.
 */
class HostileInputThroughTheGatewayTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /** The objects the rows aim at, made through the gateway: placeholder → value, per table. */
    private static Map<String, String> tracker;
    private static Map<String, String> reminders;
    private static Map<String, String> feedback;

    @BeforeAll
    static void platformAndTargets() throws Exception {
        assumeFalse(Boolean.getBoolean("skipSystemTests"), "system tests skipped (-DskipSystemTests)");
        SystemStack.ensureRunning();
        tracker = Map.of("{id}", newApplication(HostileTables.TRACKER_SEEKER), "{seeker}", idOf(HostileTables.TRACKER_SEEKER));
        String planned = newApplication(HostileTables.REMINDER_SEEKER);
        reminders = Map.of("{id}", await(() -> as(HostileTables.REMINDER_SEEKER).get("/api/reminders?applicationId=" + planned)
                        .then().statusCode(200).extract().<String>path("items[0].id"), "a reminder planned for " + planned),
                "{seeker}", idOf(HostileTables.REMINDER_SEEKER));
        String app = newApplication(HostileTables.FEEDBACK_SEEKER);
        // feedback-service learns of the application from the tracker's event: until then it refuses the entry
        String entry = await(() -> {
            var r = as(HostileTables.FEEDBACK_SEEKER).contentType("application/json")
                    .body(HostileTables.feedbackEntry("\"notes\":\"through the gateway\"").replace("{app}", app)).post("/api/feedback");
            return r.statusCode() == 201 ? r.path("id") : null;
        }, "a feedback entry on " + app);
        feedback = Map.of("{id}", entry, "{app}", app);
    }

    static Stream<Arguments> rows() {
        return Stream.of(HostileTables.tracker().map(row -> Arguments.of("tracker", row)),
                HostileTables.reminders().map(row -> Arguments.of("reminders", row)),
                HostileTables.feedback().map(row -> Arguments.of("feedback", row))).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void refusedThroughTheGatewayNamingTheFieldWithNothingWritten(String table, HostileRequest row) {
        Map<String, String> targets = switch (table) {
            case "tracker" -> tracker;
            case "reminders" -> reminders;
            default -> feedback;
        };
        Supplier<Object> state = switch (table) {
            case "tracker" -> HostileInputThroughTheGatewayTest::trackerState;
            case "reminders" -> HostileInputThroughTheGatewayTest::reminderState;
            default -> HostileInputThroughTheGatewayTest::feedbackState;
        };
        HostileRequest filled = row;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            filled = filled.filled(target.getKey(), target.getValue());
        }
        filled.assertRefused(HostileInputThroughTheGatewayTest::as, state);
    }

    @Test
    void bodiesOverTheLimitAre413WithTheLimitForEveryService() {
        HostileRequest.assertBodyOverTheLimitIs413(as(HostileTables.TRACKER_SEEKER), "POST", "/api/applications");
        HostileRequest.assertBodyOverTheLimitIs413(as(HostileTables.REMINDER_SEEKER), "POST",
                "/api/reminders/" + reminders.get("{id}") + "/snooze");
        HostileRequest.assertBodyOverTheLimitIs413(as(HostileTables.FEEDBACK_SEEKER), "POST", "/api/feedback");
    }

    /** How many applications the seeker has, and when the one under test last changed. */
    static Object trackerState() {
        String seeker = HostileTables.TRACKER_SEEKER;
        int count = as(seeker).get("/api/applications?limit=500").then().statusCode(200).extract().jsonPath().getList("items").size();
        String updatedAt = as(seeker).get("/api/applications/" + tracker.get("{id}")).then().statusCode(200).extract().path("updatedAt");
        return List.of(count, updatedAt);
    }

    /** The tenant's policy (without the re-plan's progress) and F5 template, and the reminder under test. */
    static Object reminderState() {
        Map<String, Object> policy = as(HostileTables.ADMIN).get("/api/policy").then().statusCode(200).extract().jsonPath().getMap("");
        policy.remove("replan");
        JsonPath reminder = as(HostileTables.REMINDER_SEEKER).get("/api/reminders/" + reminders.get("{id}")).then().statusCode(200)
                .extract().jsonPath();
        return List.of(policy, String.valueOf(reminder.getString("status")), String.valueOf(reminder.getString("dueOn")),
                String.valueOf(reminder.getString("snoozedUntil")),
                as(HostileTables.ADMIN).get("/api/policy/templates/F5/en").then().statusCode(200).extract().asString());
    }

    /** The seeker's feedback entries and the tenant's taxonomy. */
    static Object feedbackState() {
        return List.of(as(HostileTables.FEEDBACK_SEEKER).get("/api/feedback?limit=500").then().statusCode(200).extract().asString(),
                as(HostileTables.ADMIN).get("/api/taxonomy").then().statusCode(200).extract().asString());
    }

    /** A request of the user through the gateway, with their real access token (one login per user). */
    static RequestSpecification as(String user) {
        String token = TOKENS.computeIfAbsent(user, u -> {
            try {
                return ApiThroughTheGatewayTest.token(u);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return given().baseUri(SystemStack.gatewayUrl()).auth().oauth2(token);
    }

    private static String newApplication(String seeker) {
        return as(seeker).contentType("application/json").body("{" + HostileTables.VALID_APPLICATION + "}").post("/api/applications")
                .then().statusCode(201).extract().path("application.id");
    }

    private static String idOf(String user) {
        return as(user).get("/api/me").then().statusCode(200).extract().path("id");
    }

    private static String await(Supplier<String> probe, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            String found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(500);
        }
        return fail(what + ": not within 2 minutes");
    }
}
