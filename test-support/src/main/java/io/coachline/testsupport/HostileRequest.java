package io.coachline.testsupport;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One row of a service's table of hostile requests (issue 13): what is sent, as whom, and the
 * refusal expected: the status, the field or parameter named, words of the message.
 * {@code {id}} in the path stands for an id the test owns.
 */
public record HostileRequest(String what, String user, String method, String path, String contentType, String body,
                             int status, String field, String message) {

    public static HostileRequest get(String what, String user, String path, String field, String message) {
        return new HostileRequest(what, user, "GET", path, null, null, 400, field, message);
    }

    public static HostileRequest json(String what, String user, String method, String path, String body, String field, String message) {
        return new HostileRequest(what, user, method, path, "application/json", body, 400, field, message);
    }

    @Override
    public String toString() {
        return what;
    }

    /** This row with {@code placeholder} (such as {@code {id}}) filled in its path and body. */
    public HostileRequest filled(String placeholder, String value) {
        return new HostileRequest(what, user, method, path.replace(placeholder, value), contentType,
                body == null ? null : body.replace(placeholder, value), status, field, message);
    }

    /** Sends the row to the service under test with {@code {id}} filled in; see {@link #assertRefused(Function, Supplier)}. */
    public void assertRefused(String id, Supplier<Object> state) {
        filled("{id}", String.valueOf(id)).assertRefused(HostileRequest::asUser, state);
    }

    /**
     * Sends the row as {@code as} makes the request of its user (token, and the address when it is not RestAssured's
     * default: the gateway), query strings as written (percent-encode yourself), and checks the refusal and that
     * {@code state} is unchanged.
     */
    public void assertRefused(Function<String, RequestSpecification> as, Supplier<Object> state) {
        Object before = state.get();
        RequestSpecification request = as.apply(user).urlEncodingEnabled(false);
        if (body != null) {
            request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        Response r = request.request(method, path);
        JsonPath problem = ProblemAssert.assertProblem(r, status, field);
        if (message != null) {
            assertTrue(problem.getList("errors.message").toString().contains(message), "expected \"" + message + "\": " + r.asString());
        }
        assertEquals(before, state.get(), "a refused request changed nothing: " + what);
    }

    /** A JSON body one byte over the default limit (10 MiB) answers 413 problem+json with the limit. */
    public static void assertBodyOverTheLimitIs413(String user, String method, String path) {
        assertBodyOverTheLimitIs413(asUser(user), method, path);
    }

    public static void assertBodyOverTheLimitIs413(RequestSpecification request, String method, String path) {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        Response r = request.contentType("application/json").body(huge).request(method, path);
        assertEquals(413, r.getStatusCode(), r.asString());
        ProblemAssert.assertWellFormedProblem(r);
        assertTrue(r.jsonPath().getString("detail").contains("10485760 bytes (10 MiB)"), r.asString());
        assertEquals(10485760L, r.jsonPath().getLong("maxBodySize"));
    }

    /** A request of the test stack's user to the service under test (RestAssured's default address). */
    private static RequestSpecification asUser(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }
}
