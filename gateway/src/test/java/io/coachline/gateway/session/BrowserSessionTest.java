package io.coachline.gateway.session;

import io.coachline.gateway.route.UpstreamStubs;
import io.coachline.testsupport.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's session against forged requests, with a real login through Keycloak's form and real cookies. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class BrowserSessionTest {

    private static final String BODY = "{\"employer\":\"Forged Ltd\"}";

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void forget() {
        UpstreamStubs.SEEN.clear();
    }

    private String gateway() {
        String s = root.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private HttpResponse<String> post(PortalLogin browser, String origin, String referer, String csrf) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway() + "/api/applications"))
                .header("Content-Type", "application/json").header("X-Requested-With", "JavaScript")
                .POST(HttpRequest.BodyPublishers.ofString(BODY));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (referer != null) {
            b.header("Referer", referer);
        }
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return browser.send(b);
    }

    @Test
    void aSessionWriteNeedsTheSessionsTokenAndThePortalsOrigin() throws Exception {
        PortalLogin browser = new PortalLogin(gateway());
        String token = PortalLogin.csrfToken(browser.login("fjord-seeker1", Tokens.PASSWORD));
        assertTrue(token.length() >= 40, "the page carries a CSRF token: " + token);
        UpstreamStubs.SEEN.clear();

        HttpResponse<String> noToken = post(browser, gateway(), null, null);
        assertEquals(403, noToken.statusCode(), noToken.body());
        assertTrue(noToken.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(noToken.body().contains("X-CSRF-Token"), noToken.body());

        HttpResponse<String> foreign = post(browser, "https://evil.example", null, token);
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("evil.example"), foreign.body());

        assertEquals(403, post(browser, null, null, token).statusCode(), "neither Origin nor Referer");
        assertEquals(403, post(browser, null, "https://evil.example/page", token).statusCode(), "foreign Referer");
        assertEquals(403, post(browser, gateway(), null, token.substring(1) + "A").statusCode(), "a wrong token");
        assertEquals(0, UpstreamStubs.SEEN.size(), "no refused write reached a service: " + UpstreamStubs.SEEN);

        HttpResponse<String> ok = post(browser, gateway(), null, token);
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(201, post(browser, null, gateway() + "/#/applications", token).statusCode(), "Referer of the portal");
        assertEquals(2, UpstreamStubs.SEEN.size());
        assertTrue(UpstreamStubs.SEEN.get(0).authorization().startsWith("Bearer "), "relayed with the session's token");

        // reads need no token
        assertEquals(200, browser.get(gateway() + "/api/applications").statusCode());
    }

    @Test
    void anotherSessionsTokenDoesNotFit() throws Exception {
        PortalLogin first = new PortalLogin(gateway());
        String firstToken = PortalLogin.csrfToken(first.login("fjord-seeker2", Tokens.PASSWORD));
        PortalLogin second = new PortalLogin(gateway());
        String secondToken = PortalLogin.csrfToken(second.login("fjord-seeker2", Tokens.PASSWORD));
        assertFalse(firstToken.equals(secondToken), "each login has its own token");
        assertEquals(403, post(first, gateway(), null, secondToken).statusCode());
        assertEquals(201, post(first, gateway(), null, firstToken).statusCode());
    }

    @Test
    void bearerClientsAreNotAffected() throws Exception {
        PortalLogin script = new PortalLogin(gateway());
        HttpResponse<String> r = script.send(HttpRequest.newBuilder(URI.create(gateway() + "/api/applications"))
                .header("Authorization", "Bearer " + Tokens.accessToken("fjord-seeker1"))
                .header("Content-Type", "application/json").header("Origin", "https://elsewhere.example")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)));
        assertEquals(201, r.statusCode(), r.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        PortalLogin browser = new PortalLogin(gateway());
        browser.login("fjord-seeker3", Tokens.PASSWORD);
        for (String path : new String[] {"/", "/portal/js/app.js", "/portal/css/portal.css", "/api/me", "/api/nothing-here", "/portal/missing.js"}) {
            assertSecurityHeaders(path, browser.get(gateway() + path));
        }
        PortalLogin anonymous = new PortalLogin(gateway());
        assertSecurityHeaders("/ (login redirect)", anonymous.get(gateway() + "/"));
        assertSecurityHeaders("/api/me (401)", anonymous.get(gateway() + "/api/me"));
    }

    static void assertSecurityHeaders(String what, HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), what + " CSP: " + csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), what);
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() throws Exception {
        PortalLogin browser = new PortalLogin(gateway());
        browser.login("fjord-seeker4", Tokens.PASSWORD);
        String session = browser.setCookie("q_session");
        assertTrue(session.toLowerCase().contains("; httponly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
        assertFalse(session.contains("; Secure"), "plain http in this profile: " + session);
    }

    @Test
    void logoutEndsTheKeycloakSessionWithoutATokenInAnyUrl() throws Exception {
        PortalLogin browser = new PortalLogin(gateway());
        browser.login("fjord-seeker5", Tokens.PASSWORD);
        // with Keycloak's own session alive, a new visit is logged in without the form
        browser.forgetGatewayCookies();
        HttpResponse<String> resumed = browser.follow(gateway() + "/");
        assertTrue(resumed.uri().toString().startsWith(gateway()) && resumed.statusCode() == 200,
                "single sign-on while Keycloak's session lives: " + resumed.uri());

        HttpResponse<String> out = browser.get(gateway() + "/logout");
        assertEquals(303, out.statusCode(), out.body());
        String location = PortalLogin.location(out);
        assertEquals(gateway() + "/", location);
        for (String set : browser.setCookies) {
            assertFalse(set.contains("id_token_hint"), set);
        }
        assertFalse(browser.cookies().containsKey("q_session"), "the session cookie is gone: " + browser.cookies());

        // Keycloak's session is over too: the next visit meets the login form again
        HttpResponse<String> again = browser.get(gateway() + "/");
        assertEquals(302, again.statusCode());
        String keycloak = PortalLogin.location(again);
        assertFalse(keycloak.contains("id_token_hint"), keycloak);
        HttpResponse<String> form = browser.get(keycloak);
        assertEquals(200, form.statusCode(), "Keycloak asks for credentials: " + form.headers().map());
        assertTrue(form.body().contains("name=\"username\"") || form.body().contains("name=\"password\""), form.body());
    }
}
