package io.coachline.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The portal in a real browser against the whole platform: each scenario is a node script
 * ({@code src/test/node/*.cjs}) driving Chromium through the real Keycloak login. Screenshots land in
 * {@code system-tests/target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalInABrowserTest {

    /** Unique per run, so a reused stack (or a second run) never finds an older application of the same name. */
    static final String EMPLOYER = "Nordlys Energi " + Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    @BeforeAll
    static void platformAndBrowser() throws Exception {
        assumeFalse(Boolean.getBoolean("skipSystemTests"), "system tests skipped (-DskipSystemTests)");
        SystemStack.ensureRunning();
        Browser.ensureReady();
    }

    private static void assertPassed(Browser.Run run, String... expected) {
        assertEquals(0, run.exitCode(), run.output());
        List<String> ok = Browser.okLines(run);
        for (String e : expected) {
            assertTrue(ok.stream().anyMatch(line -> line.contains(e)), "no 'OK ..." + e + "' in:\n" + run.output());
        }
    }

    @Test
    @Order(1)
    void seekerLogsInAddsAnApplicationMovesItToInterviewAndSeesItInTheLog() throws Exception {
        Browser.Run run = Browser.scenario("seeker.cjs", Map.of("EMPLOYER", EMPLOYER, "LOGIN_USER", "fjord-seeker1"));
        assertPassed(run, "login page of Keycloak", "fjord-seeker1 logged in", "application added",
                "illegal move refused", "moved to INTERVIEW", "the log shows " + EMPLOYER + " in INTERVIEW",
                "axe today", "axe board", "axe application", "axe list", "axe feedback", "axe settings",
                "calendar: webcal://");
    }

    @Test
    @Order(2)
    void coachSeesThatClientsPipelineAndDrillsIn() throws Exception {
        Browser.Run run = Browser.scenario("coach.cjs", Map.of("EMPLOYER", EMPLOYER, "LOGIN_USER", "fjord-coach1",
                "SEEKER_ID", "10000000-0000-4000-8000-000000000101"));
        assertPassed(run, "fjord-coach1 logged in", "caseload row", "client pipeline shows " + EMPLOYER + " in INTERVIEW",
                "read only", "axe caseload", "axe client", "axe coach reports");
    }

    @Test
    @Order(3)
    void seekerDragsACardMovesItByKeyboardAndNeverSeesAStalePage() throws Exception {
        Browser.Run run = Browser.scenario("board.cjs", Map.of("LOGIN_USER", "fjord-seeker3"));
        assertPassed(run, "dragged to Interview: the API says INTERVIEW", "refused drop snapped back, explained",
                "moved with the keyboard menu to REFERENCE_CHECK", "list: search finds", "stale page race: 3 late answers",
                "phone: board");
    }

    @Test
    @Order(4)
    void seekerSendsAFollowUpFromTodayAndReadsTheApplicationsStory() throws Exception {
        Browser.Run run = Browser.scenario("today.cjs", Map.of("LOGIN_USER", "fjord-seeker4"));
        assertPassed(run, "mailto to kari.hr@example.org, subject", "Sent it: the feedback request is logged",
                "timeline, newest first, with the feedback", "next step:");
    }

    @Test
    @Order(5)
    void norwegianPagesOfEveryRoleShowNoEnglishAndPassAxe() throws Exception {
        Browser.Run run = Browser.scenario("nb.cjs", Map.of("LOGIN_USER", "nordlys-seeker1"));
        assertPassed(run, "nb today: no English", "nb board: no English", "nb application: no English", "axe nb settings",
                "nb caseload: no English", "nb client: no English", "nb taxonomy: no English", "axe nb reports");
    }

    @Test
    @Order(6)
    void adminSeesPeoplePolicyTheReplanTheTaxonomyEditorAndAReportChart() throws Exception {
        Browser.Run run = Browser.scenario("admin.cjs", Map.of("LOGIN_USER", "fjord-admin"));
        assertPassed(run, "fjord-admin logged in", "people:", "policy page", "reports:", "logged out", "axe people", "axe policy", "axe reports",
                "re-plan:", "taxonomy editor:", "axe taxonomy",
                "reports: labels whole, suppressed cells explained once, filtered by coach");
    }
}
