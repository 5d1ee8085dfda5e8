package io.coachline.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;

import static io.coachline.testsupport.HostileRequest.get;
import static io.coachline.testsupport.HostileRequest.json;

/**
 * Issue 13's tables of hostile requests, one per service, in one place: each service's {@code hostile/ClientInputTest}
 * sends them to the service itself, system-tests' {@code HostileInputThroughTheGatewayTest} through the gateway.
 * Placeholders the test fills in ({@link HostileRequest#filled}): {@code {id}} the object under test (an application,
 * a reminder, a feedback entry), {@code {seeker}} the seeker's id, {@code {app}} the seeker's application.
 */
public final class HostileTables {

    /** Whose application log the tracker's rows try to break. */
    public static final String TRACKER_SEEKER = "fjord-seeker6";
    /** Whose reminders the reminder rows try to break; {@link #COACH} is their coach. */
    public static final String REMINDER_SEEKER = "fjord-seeker1";
    /** Whose feedback the feedback rows try to break; {@link #COACH} is their coach. */
    public static final String FEEDBACK_SEEKER = "fjord-seeker3";
    public static final String COACH = "fjord-coach1";
    public static final String ADMIN = "fjord-admin";
    /** A valid start of a new application's body. */
    public static final String VALID_APPLICATION = "\"employer\":\"Hostile AS\",\"position\":\"Tester\"";
    static final String RANGE = "from 1900-01-01 to 2200-12-31";

    private HostileTables() {
    }

    /** tracker-service: {@code {id}} an application of {@link #TRACKER_SEEKER}, {@code {seeker}} that seeker. */
    public static Stream<HostileRequest> tracker() {
        String seeker = TRACKER_SEEKER;
        String app = "/api/applications/{id}";
        String create = "/api/applications";
        String valid = VALID_APPLICATION;
        return Stream.of(
                json("NUL in a JSON text", seeker, "POST", create, "{" + valid + ",\"notes\":\"a\\u0000b\"}", "notes", "NUL"),
                json("NUL in a patched text", seeker, "PATCH", app, "{\"location\":\"\\u0000\"}", "location", "NUL"),
                json("lone surrogate", seeker, "POST", create, "{\"employer\":\"\\udc00\",\"position\":\"x\"}", "employer", "surrogate"),
                csv("NUL in a CSV cell", "Acme\u0000,Dev,2026-01-05\n", "employer", "NUL"),
                json("year +999999999", seeker, "POST", create, "{" + valid + ",\"appliedOn\":\"+999999999-12-31\"}", "appliedOn", RANGE),
                json("year -99999", seeker, "PATCH", app, "{\"nextContactOn\":\"-99999-01-01\"}", "nextContactOn", RANGE),
                json("instant far in the future", seeker, "POST", app + "/stage",
                        "{\"stage\":\"INTERVIEW\",\"at\":\"+999999999-12-31T23:59:59Z\"}", "at", RANGE),
                csv("CSV date out of range", "Acme,Dev,+999999999-12-31\n", "applied_on", null),
                csv("CSV year -99999", "Acme,Dev,-99999-01-01\n", "applied_on", null),
                csv("CSV year 2201", "Acme,Dev,2201-01-01\n", "applied_on", RANGE),
                get("cursor LTE", seeker, "/api/applications?cursor=LTE", "cursor", null),
                get("another list's cursor", seeker, "/api/applications?cursor=" + b64("reminders|2026-01-01|" + UUID.randomUUID()), "cursor", null),
                get("the old cursor format", seeker, "/api/applications?cursor=" + b64("1767225600:0:" + UUID.randomUUID()), "cursor", null),
                get("far-future instant in a cursor", seeker, "/api/applications?cursor="
                        + b64("applications|+1000000-01-01T00:00:00Z|" + UUID.randomUUID()), "cursor", null),
                json("long overflow", seeker, "POST", create, "{" + valid + ",\"priority\":9223372036854775808}", "priority", "out of range"),
                json("1e400", seeker, "PATCH", app, "{\"priority\":1e400}", "priority", "out of range"),
                json("enum as a number", seeker, "POST", create, "{" + valid + ",\"sector\":0}", "sector", "PUBLIC"),
                json("enum as a number in a patch", seeker, "PATCH", app, "{\"sector\":1}", "sector", "PUBLIC"),
                json("object for a text", seeker, "POST", create, "{\"employer\":{\"a\":1},\"position\":\"x\"}", "employer", null),
                json("text for a number", seeker, "POST", create, "{" + valid + ",\"priority\":\"high\"}", "priority", "whole number"),
                json("array for the body", seeker, "POST", create, "[1,2]", "body", null),
                json("truncated JSON", seeker, "POST", create, "{\"employer\":", "body", null),
                get("limit abc", seeker, "/api/applications?limit=abc", "limit", "1 to 500"),
                get("limit overflow", seeker, "/api/applications?limit=9223372036854775808", "limit", "1 to 500"),
                get("limit 0", seeker, "/api/applications?limit=0", "limit", "1 to 500"),
                get("a client's limit abc", ADMIN, "/api/clients/{seeker}/applications?limit=abc", "limit", "1 to 500"));
    }

    /** An application log upload of {@link #TRACKER_SEEKER} with these rows. */
    static HostileRequest csv(String what, String rows, String field, String message) {
        return new HostileRequest(what, TRACKER_SEEKER, "POST", "/api/applications/import", "text/csv",
                "employer,position,applied_on\n" + rows, 400, field, message);
    }

    /** reminder-service: {@code {id}} a reminder of {@link #REMINDER_SEEKER}, {@code {seeker}} that seeker. */
    public static Stream<HostileRequest> reminders() {
        String seeker = REMINDER_SEEKER;
        String clients = "/api/clients/{seeker}/reminders";
        String snooze = "/api/reminders/{id}/snooze";
        String policy = "{\"thankYouAfterWorkingDays\":1,\"caseFollowUpAfterWorkingDays\":3,\"statusWithoutDateMin\":7,"
                + "\"statusWithoutDateMax\":10,\"afterDecisionDateWorkingDays\":1,\"applicationNoAnswerWorkingDays\":10,"
                + "\"nextRoundExpectedWorkingDays\":10,\"onHoldStatusWorkingDays\":10,\"coolDownDays\":%s,"
                + "\"giveUpAfterUnansweredFollowUps\":3,\"softLimitOpenApplications\":10,\"morningHour\":8,"
                + "\"holidays\":{\"added\":[%s],\"removed\":[]}}";
        return Stream.of(
                get("from=2026-13-45", seeker, "/api/reminders?from=2026-13-45", "from", "yyyy-MM-dd"),
                get("to=+999999999-12-31", seeker, "/api/reminders?to=%2B999999999-12-31", "to", RANGE),
                get("from=-99999-01-01", seeker, "/api/reminders?from=-99999-01-01", "from", RANGE),
                get("applicationId=abc", seeker, "/api/reminders?applicationId=abc", "applicationId", "UUID"),
                get("limit=abc", seeker, "/api/reminders?limit=abc", "limit", "1 to 500"),
                get("limit=9223372036854775808", seeker, "/api/reminders?limit=9223372036854775808", "limit", "1 to 500"),
                get("a client's limit=abc", COACH, clients + "?limit=abc", "limit", "1 to 500"),
                get("cursor=LTE", seeker, "/api/reminders?cursor=LTE", "cursor", null),
                get("another list's cursor", seeker, "/api/reminders?cursor=" + b64("applications|2026-01-01T00:00:00Z|" + UUID.randomUUID()), "cursor", null),
                get("the client list's cursor on the own list", seeker, "/api/reminders?cursor=" + b64("client-reminders|50"), "cursor", null),
                get("the old cursor format", seeker, "/api/reminders?cursor=" + b64("2026-01-01|" + UUID.randomUUID()), "cursor", null),
                get("far-future day in a cursor", seeker, "/api/reminders?cursor=" + b64("reminders|+999999999-12-31|" + UUID.randomUUID()), "cursor", null),
                get("a client's cursor=LTE", COACH, clients + "?cursor=LTE", "cursor", null),
                get("a client's forged offset", COACH, clients + "?cursor=" + b64("client-reminders|-5"), "cursor", null),
                json("snooze until +999999999-12-31", seeker, "POST", snooze, "{\"until\":\"+999999999-12-31\"}", "until", RANGE),
                json("snooze until a number", seeker, "POST", snooze, "{\"until\":0}", "until", null),
                json("snooze until NUL", seeker, "POST", snooze, "{\"until\":\"\\u0000\"}", "until", null),
                json("policy holiday in year -99999", ADMIN, "PUT", "/api/policy", policy.formatted("7", "\"-99999-01-01\""), "holidays.added[0]", RANGE),
                json("policy number overflow", ADMIN, "PUT", "/api/policy", policy.formatted("9223372036854775808", ""), "coolDownDays", "out of range"),
                json("policy number 1e400", ADMIN, "PUT", "/api/policy", policy.formatted("1e400", ""), "coolDownDays", "out of range"),
                json("policy number as text", ADMIN, "PUT", "/api/policy", policy.formatted("\"seven\"", ""), "coolDownDays", "whole number"),
                json("template with NUL", ADMIN, "PUT", "/api/policy/templates/F5/en", "{\"template\":\"Subject: x\\u0000\"}", "template", "NUL"),
                json("truncated JSON", ADMIN, "PUT", "/api/policy", "{\"coolDownDays\":", "body", null));
    }

    /** feedback-service: {@code {id}} a feedback entry of {@link #FEEDBACK_SEEKER}, {@code {app}} their application. */
    public static Stream<HostileRequest> feedback() {
        String seeker = FEEDBACK_SEEKER;
        String one = "/api/feedback/{id}";
        return Stream.of(
                json("NUL in notes", seeker, "POST", "/api/feedback", feedbackEntry("\"notes\":\"a\\u0000b\""), "notes", "NUL"),
                json("NUL in a tag", seeker, "POST", "/api/feedback", feedbackEntry("\"strengths\":[\"\\u0000\"]"), "strengths[0]", "NUL"),
                json("NUL in a patch", seeker, "PATCH", one, "{\"reflection\":\"\\u0000\"}", "reflection", "NUL"),
                json("NUL in a replacement", seeker, "PUT", one, feedbackEntry("\"notes\":\"\\u0000\""), "notes", "NUL"),
                json("lone surrogate", seeker, "POST", "/api/feedback", feedbackEntry("\"notes\":\"\\ud800\""), "notes", "surrogate"),
                json("number for a text", seeker, "PATCH", one, "{\"notes\":{\"a\":1}}", "notes", null),
                json("text for a boolean", seeker, "PATCH", one, "{\"requested\":\"maybe\"}", "requested", null),
                json("number for an id", seeker, "POST", "/api/feedback", "{\"applicationId\":9223372036854775808}", "applicationId", null),
                json("1e400 for an id", seeker, "POST", "/api/feedback", "{\"applicationId\":1e400}", "applicationId", null),
                json("truncated JSON", seeker, "POST", "/api/feedback", "{\"applicationId\":", "body", null),
                get("limit=abc", seeker, "/api/feedback?limit=abc", "limit", "1 to 500"),
                get("limit=1e400", seeker, "/api/feedback?limit=1e400", "limit", "1 to 500"),
                get("seekerId=abc", COACH, "/api/feedback?seekerId=abc", "seekerId", "UUID"),
                get("cursor=LTE", seeker, "/api/feedback?cursor=LTE", "cursor", null),
                get("another list's cursor", seeker, "/api/feedback?cursor=" + b64("applications|2026-01-01T00:00:00Z|" + UUID.randomUUID()), "cursor", null),
                get("the old cursor format", seeker, "/api/feedback?cursor=" + b64("2026-01-01T00:00:00Z|" + UUID.randomUUID()), "cursor", null),
                get("far-future instant in a cursor", seeker, "/api/feedback?cursor="
                        + b64("feedback|+999999999-12-31T23:59:59Z|" + UUID.randomUUID()), "cursor", null),
                get("report from=+999999999-12-31", ADMIN, "/api/reports/funnel?from=%2B999999999-12-31", "from", RANGE),
                get("report to=-99999-01-01", ADMIN, "/api/reports/funnel?to=-99999-01-01", "to", RANGE),
                get("report from=2026-13-45", ADMIN, "/api/reports/funnel?from=2026-13-45", "from", null),
                json("taxonomy with NUL", ADMIN, "PUT", "/api/taxonomy", "{\"reasons\":[{\"code\":\"x\\u0000\",\"labels\":{}}]}",
                        "reasons[0].code", "NUL"));
    }

    /** A feedback entry's body on {@code {app}}, with more fields. */
    public static String feedbackEntry(String more) {
        return "{\"applicationId\":\"{app}\",\"outcome\":\"REJECTED\",\"stageReached\":\"INTERVIEW\"" + (more.isEmpty() ? "" : "," + more) + "}";
    }

    /** A cursor as a client could forge one: base64url of its text. */
    public static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
