package io.coachline.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property-based fuzzing of a running service, driven by its own OpenAPI document
 * ({@code /q/openapi}): every operation gets random and hostile query parameters, JSON bodies
 * generated from its schema (with NUL, out-of-range dates, overflowing numbers, enums as numbers,
 * wrong types mixed in) and CSV uploads, generated with jqwik's arbitraries. Every answer must be
 * below 500, every 4xx problem+json with no internals, every 400 naming a field or parameter, and a
 * refused write must leave the caller's data as it was.
 *
 * <p>Tries per operation: {@code -Dcoachline.fuzz.tries=N} (default {@value #DEFAULT_TRIES}, a few
 * seconds per service). A new operation is fuzzed without any change here.
 */
public final class OpenApiFuzzer {

    public static final int DEFAULT_TRIES = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that broke a service before, mixed into every generated request. */
    static final List<String> HOSTILE_JSON = List.of("\"a\\u0000b\"", "\"\\ud800\"", "\"+999999999-12-31\"", "\"-99999-01-01\"",
            "\"+999999999-12-31T23:59:59Z\"", "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "0", "-1",
            "1.5", "true", "[]", "{}", "\"\"", "null", "\"x\"", "\"2026-13-45\"", "\"LTE\"");
    static final List<String> HOSTILE_PARAMS = List.of("\u0000", "2026-13-45", "+999999999-12-31", "-99999-01-01", "abc",
            "9223372036854775808", "1e400", "-1", "0", "LTE", "", "%", "' or 1=1 --", "\uD800", "a".repeat(600));

    private final JsonNode doc;
    private final List<String> users;
    private final Function<String, String> pathParams;
    private final Set<String> skipped;
    private int requests;

    /**
     * @param users      demo users the requests are made as (one picked per request)
     * @param pathParams a value for a path parameter by name (an id the user owns), or null for a random one
     * @param skipped    operations not fuzzed, as {@code "POST /api/people"} (writes outside this service's database)
     */
    public OpenApiFuzzer(List<String> users, Function<String, String> pathParams, Set<String> skipped) {
        this.doc = JSON.valueToTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(Map.class));
        this.users = users;
        this.pathParams = pathParams;
        this.skipped = skipped;
    }

    public static int tries() {
        return Integer.getInteger("coachline.fuzz.tries", DEFAULT_TRIES);
    }

    /**
     * Fuzzes every operation {@link #tries()} times. {@code state} is read as the first user sees
     * their data (e.g. the number of their applications) before and after each refused write.
     */
    public int run(Supplier<Object> state) {
        List<String> fuzzed = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)
                        || skipped.contains(method + " " + path.getKey()) || !path.getKey().startsWith("/api/")) {
                    continue;
                }
                fuzzed.add(method + " " + path.getKey());
                requestsFor(method, path.getKey(), op.getValue()).sampleStream().limit(tries())
                        .forEach(request -> check(request, state));
            }
        }
        assertTrue(fuzzed.size() > 0, "the OpenAPI document lists no /api operation");
        return requests;
    }

    record Request(String user, String method, String path, Map<String, String> query, String contentType, String body) {
        @Override
        public String toString() {
            return user + " " + method + " " + path + " " + query + (body == null ? "" : " [" + contentType + "] "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    private void check(Request r, Supplier<Object> state) {
        boolean write = !r.method().equals("GET");
        Object before = write ? state.get() : null;
        RequestSpecification spec = given().auth().oauth2(Tokens.accessToken(r.user())).urlEncodingEnabled(true)
                .accept("application/json");
        r.query().forEach(spec::queryParam);
        if (r.body() != null) {
            spec.contentType(r.contentType()).body(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Response answer = spec.request(r.method(), r.path());
        requests++;
        int status = answer.getStatusCode();
        if (status >= 500) {
            fail("5xx for " + r + ": " + status + " " + answer.getBody().asString());
        }
        if (status >= 400) {
            try {
                ProblemAssert.assertWellFormedProblem(answer);
            } catch (AssertionError e) {
                throw new AssertionError("for " + r + ": " + e.getMessage(), e);
            }
            if (write) {
                assertEquals(before, state.get(), "a refused write changed the caller's data: " + r);
            }
        }
    }

    private Arbitrary<Request> requestsFor(String method, String template, JsonNode op) {
        Map<String, Arbitrary<String>> query = new LinkedHashMap<>();
        List<Tuple.Tuple2<String, Arbitrary<String>>> pathValues = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = resolve(p);
            String name = param.path("name").asText();
            String in = param.path("in").asText();
            if (in.equals("query")) {
                query.put(name, paramValue(resolve(param.path("schema"))).injectNull(0.4));
            } else if (in.equals("path")) {
                String known = pathParams.apply(name);
                Arbitrary<String> random = Arbitraries.oneOf(Arbitraries.create(() -> UUID.randomUUID().toString()),
                        Arbitraries.of("x", "0", "LTE", "9223372036854775808"));
                pathValues.add(Tuple.of(name, known == null ? random : Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.just(known)), Tuple.of(1, random))));
            }
        }
        Arbitrary<Map<String, String>> queryArb = combineMap(query);
        Arbitrary<String> pathArb = combineMap(pathValues.stream().collect(Collectors.toMap(Tuple.Tuple2::get1, Tuple.Tuple2::get2,
                (a, b) -> a, LinkedHashMap::new))).map(values -> {
            String path = template;
            for (Map.Entry<String, String> v : values.entrySet()) {
                path = path.replace("{" + v.getKey() + "}", v.getValue());
            }
            return path;
        });
        JsonNode content = op.path("requestBody").path("content");
        Arbitrary<Tuple.Tuple2<String, String>> bodyArb;
        if (content.has("application/json") || content.has("application/merge-patch+json")) {
            String type = content.has("application/json") ? "application/json" : "application/merge-patch+json";
            JsonNode schema = resolve(content.path(type).path("schema"));
            bodyArb = Arbitraries.frequencyOf(
                    Tuple.of(8, json(schema, 0)),
                    Tuple.of(1, Arbitraries.of("", "{", "[1,2", "\u0000", "{\"a\":1}{", "nul")))
                    .map(b -> Tuple.of(type, b));
        } else if (content.has("text/csv")) {
            bodyArb = csv().map(b -> Tuple.of("text/csv", b));
        } else {
            bodyArb = Arbitraries.just(Tuple.of(null, null));
        }
        return Combinators.combine(Arbitraries.of(users), pathArb, queryArb, bodyArb)
                .as((user, path, q, body) -> new Request(user, method, path, q, body.get1(), body.get2()));
    }

    private static <T> Arbitrary<Map<String, T>> combineMap(Map<String, Arbitrary<T>> arbitraries) {
        List<String> names = new ArrayList<>(arbitraries.keySet());
        List<Arbitrary<T>> values = names.stream().map(arbitraries::get).toList();
        if (names.isEmpty()) {
            return Arbitraries.just(Map.of());
        }
        return Combinators.combine(values).as(list -> {
            Map<String, T> m = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (list.get(i) != null) {
                    m.put(names.get(i), list.get(i));
                }
            }
            return m;
        });
    }

    /** A query parameter: a well-formed value of its schema, or a hostile one. */
    private Arbitrary<String> paramValue(JsonNode schema) {
        Arbitrary<String> good;
        if (schema.has("enum")) {
            good = Arbitraries.of(values(schema.path("enum")));
        } else {
            good = switch (schema.path("type").asText()) {
                case "integer" -> Arbitraries.integers().between(-5, 600).map(String::valueOf);
                case "boolean" -> Arbitraries.of("true", "false");
                default -> switch (schema.path("format").asText()) {
                    case "date" -> dates();
                    case "uuid" -> Arbitraries.create(() -> UUID.randomUUID().toString());
                    default -> Arbitraries.strings().ofMaxLength(12);
                };
            };
        }
        return Arbitraries.frequencyOf(Tuple.of(2, good), Tuple.of(1, Arbitraries.of(HOSTILE_PARAMS)));
    }

    /** JSON text for a schema: mostly well-typed, one value in five hostile. */
    private Arbitrary<String> json(JsonNode schema, int depth) {
        Arbitrary<String> hostile = Arbitraries.of(HOSTILE_JSON);
        Arbitrary<String> good = wellTyped(schema, depth);
        return Arbitraries.frequencyOf(Tuple.of(4, good), Tuple.of(1, hostile));
    }

    private Arbitrary<String> wellTyped(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("allOf") && s.path("allOf").size() > 0) {
            s = resolve(s.path("allOf").get(0));
        }
        if (s.has("enum")) {
            return Arbitraries.of(values(s.path("enum"))).map(OpenApiFuzzer::quote);
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "");
        switch (type) {
            case "object": {
                if (depth > 3 || !s.has("properties")) {
                    return Arbitraries.of("{}", "{\"unknown\":1}");
                }
                Map<String, Arbitrary<String>> props = new LinkedHashMap<>();
                s.path("properties").fields().forEachRemaining(p -> props.put(p.getKey(), json(p.getValue(), depth + 1).injectNull(0.3)));
                return combineMap(props).map(m -> m.entrySet().stream().map(e -> quote(e.getKey()) + ":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}")));
            }
            case "array":
                return json(s.path("items"), depth + 1).list().ofMaxSize(3).map(l -> String.join(",", l)).map(l -> "[" + l + "]");
            case "integer":
                return Arbitraries.integers().between(-3, 1200).map(String::valueOf);
            case "number":
                return Arbitraries.doubles().between(-10, 1000).map(String::valueOf);
            case "boolean":
                return Arbitraries.of("true", "false");
            case "string":
                return switch (s.path("format").asText()) {
                    case "date" -> dates().map(OpenApiFuzzer::quote);
                    case "date-time" -> dates().map(d -> quote(d + "T09:30:00Z"));
                    case "uuid" -> Arbitraries.create(() -> quote(UUID.randomUUID().toString()));
                    default -> Arbitraries.strings().ofMaxLength(40).map(OpenApiFuzzer::quote);
                };
            default:
                return Arbitraries.of("\"text\"", "1", "{}", "[]", "true");
        }
    }

    private static Arbitrary<String> dates() {
        return Arbitraries.integers().between(1850, 2250).flatMap(y -> Arbitraries.integers().between(1, 12)
                .flatMap(m -> Arbitraries.integers().between(1, 28).map(d -> String.format("%04d-%02d-%02d", y, m, d))));
    }

    /** A CSV upload: a real header of the application log and rows of random and hostile cells. */
    private static Arbitrary<String> csv() {
        Arbitrary<String> cell = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().alpha().ofMaxLength(10)),
                Tuple.of(1, Arbitraries.of("a\u0000b", "+999999999-12-31", "-99999-01-01", "2026-13-45", "9223372036854775808",
                        "1e400", "\uD800", "\"unterminated", "=1+1", "2026-02-30", "WISHLIST", "APPLIED", "PRIVATE")));
        String header = "employer,position,stage,sector,applied_on,priority,notes";
        return cell.list().ofSize(7).map(l -> String.join(",", l)).list().ofMinSize(1).ofMaxSize(3)
                .map(rows -> header + "\n" + String.join("\n", rows) + "\n");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n != null && n.has("$ref")) {
            String ref = n.path("$ref").asText();
            n = doc.at(ref.substring(1));
        }
        return Objects.requireNonNullElse(n, JSON.nullNode());
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
