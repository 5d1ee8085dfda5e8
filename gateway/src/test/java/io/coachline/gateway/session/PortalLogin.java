package io.coachline.gateway.session;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: logs in to the portal through Keycloak's real login form (code flow of the gateway
 * client) and keeps the cookies, as Chromium would. Its own cookie jar ignores {@code Secure}, so a gateway that sets
 * Secure cookies can be driven over http in a test; every {@code Set-Cookie} seen stays readable.
 */
public final class PortalLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\">");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    public final List<String> setCookies = new ArrayList<>();
    private final String gateway;

    public PortalLogin(String gateway) {
        this.gateway = gateway;
    }

    /** Logs in and returns the portal page's HTML. */
    public String login(String username, String password) throws Exception {
        HttpResponse<String> r = follow(gateway + "/");
        // Keycloak may ask for the username first (organisations), then for the password
        for (int step = 0; step < 3 && r.statusCode() == 200 && !r.uri().toString().startsWith(gateway); step++) {
            String form = "username=" + enc(username) + (r.body().contains("name=\"password\"") ? "&password=" + enc(password) : "");
            r = send(HttpRequest.newBuilder(URI.create(formAction(r.body())))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            r = follow(r);
        }
        expect(r, 200, "the portal page after the login");
        if (!r.uri().toString().startsWith(gateway)) {
            throw new AssertionError("the login did not end at the portal: " + r.uri() + "\n" + r.body());
        }
        return r.body();
    }

    /** Follows redirects (between the gateway and Keycloak) from a URL until a page answers. */
    public HttpResponse<String> follow(String url) throws IOException, InterruptedException {
        return follow(get(url));
    }

    private HttpResponse<String> follow(HttpResponse<String> r) throws IOException, InterruptedException {
        for (int hops = 0; hops < 8 && r.statusCode() / 100 == 3; hops++) {
            r = get(r.uri().resolve(location(r)).toString());
        }
        return r;
    }

    public static String csrfToken(String page) {
        Matcher m = CSRF_META.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no csrf-token meta in the page");
        }
        return m.group(1);
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Sends with the jar's cookies and takes the answer's. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        for (String header : r.headers().allValues("Set-Cookie")) {
            setCookies.add(header);
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            String lower = header.toLowerCase();
            if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970") || lower.contains("expires=thu, 01-jan-1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return r;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    /** Forgets the gateway's cookies (q_*), keeps Keycloak's: a new tab after the portal's session is gone. */
    public void forgetGatewayCookies() {
        cookies.keySet().removeIf(name -> name.startsWith("q_"));
    }

    /** The Set-Cookie header of a cookie, as last sent. */
    public String setCookie(String name) {
        for (int i = setCookies.size() - 1; i >= 0; i--) {
            if (setCookies.get(i).startsWith(name + "=")) {
                return setCookies.get(i);
            }
        }
        throw new AssertionError("no Set-Cookie for " + name + " in " + setCookies);
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + r.statusCode()));
    }

    private static String formAction(String html) {
        Matcher m = FORM_ACTION.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form in Keycloak's page: " + html.substring(0, Math.min(500, html.length())));
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new AssertionError(what + ": expected " + status + " from " + r.uri() + " but got " + r.statusCode()
                    + " " + r.headers().map() + "\n" + r.body().substring(0, Math.min(800, r.body().length())));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
