package io.coachline.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The authorisation matrix of one service, generated from its own OpenAPI document: every
 * operation it serves × every kind of caller, one request per cell, checked against an
 * expectation table in the module's test resources. An operation the table does not list fails
 * the test, so a new endpoint cannot escape it. Table format: docs/api-conventions.md.
 */
public final class AuthorisationMatrix {

    /** The callers, as columns of the table; the resource ids belong to the owner, a seeker of tenant fjord. */
    public enum Caller {
        ANONYMOUS(null), TAMPERED(null), EXPIRED(null),
        FOREIGN_SEEKER("nordlys-seeker1"), FOREIGN_COACH("nordlys-coach1"), FOREIGN_ADMIN("nordlys-admin"),
        OTHER_SEEKER("fjord-seeker2"), UNASSIGNED_COACH("fjord-coach2"), ASSIGNED_COACH("fjord-coach1"),
        ADMIN("fjord-admin"), OWNER("fjord-seeker1");

        public final String user;

        Caller(String user) {
            this.user = user;
        }
    }

    /** The owner's resources, and the coach of fjord-seeker1, as the demo realm has them. */
    public static final String OWNER = Caller.OWNER.user;

    record Operation(String method, String path, String contentType) {
        String key() {
            return method + " " + path;
        }
    }

    record Table(Map<String, Map<Caller, String>> expected, Map<String, String> bodies) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuthorisationMatrix() {
    }

    /**
     * Runs the whole matrix and fails with every mismatch at once.
     *
     * @param table     classpath resource of the expectation table
     * @param concrete  for each path template with parameters, the path with the owner's ids filled in
     */
    public static void verify(String table, Map<String, String> concrete) {
        verify(table, concrete, Map.of());
    }

    /** As above; {@code {name}} in the table's bodies is replaced by {@code values.get(name)}. */
    public static void verify(String table, Map<String, String> concrete, Map<String, String> values) {
        Table expectations = load(table);
        List<Operation> operations = operations();
        List<String> problems = new ArrayList<>();
        for (Operation op : operations) {
            if (!expectations.expected().containsKey(op.key())) {
                problems.add(op.key() + ": not in " + table + " (every operation needs its row)");
            }
        }
        for (String listed : expectations.expected().keySet()) {
            if (operations.stream().noneMatch(op -> op.key().equals(listed))) {
                problems.add(listed + ": in " + table + " but not served any more");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
        Map<Caller, String> tokens = tokens();
        for (Operation op : operations) {
            String path = op.path().contains("{") ? concrete.get(op.path()) : op.path();
            if (path == null) {
                problems.add(op.key() + ": the test names no concrete path for it");
                continue;
            }
            String body = expectations.bodies().getOrDefault(op.key(), op.contentType() == null ? null : "{}");
            for (Map.Entry<String, String> v : values.entrySet()) {
                body = body == null ? null : body.replace("{" + v.getKey() + "}", v.getValue());
            }
            // the owner last: its writes may change what the others would see
            for (Caller caller : Caller.values()) {
                String want = expectations.expected().get(op.key()).get(caller);
                Http.Answer got = Http.sendWithToken(tokens.get(caller), op.method(), path, body,
                        op.contentType() == null ? new String[0] : new String[]{"Content-Type", op.contentType()});
                if (!accepts(want, got.status())) {
                    problems.add(op.key() + " as " + caller.name().toLowerCase(Locale.ROOT) + ": expected " + want
                            + ", got " + got.status() + " " + abbreviate(got.body()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " cell(s) of the authorisation matrix differ:\n" + String.join("\n", problems));
        }
    }

    /** {@code ok}: allowed through (any answer but 401, 403, 404 and 5xx); else the exact status. */
    static boolean accepts(String want, int status) {
        if ("ok".equals(want)) {
            return status < 500 && status != 401 && status != 403 && status != 404;
        }
        return Integer.toString(status).equals(want);
    }

    /** Every operation of the running service's OpenAPI document under /api. */
    static List<Operation> operations() {
        JsonNode doc = Http.sendWithToken(null, "GET", "/q/openapi?format=json", null).json();
        List<Operation> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            if (!p.getKey().startsWith("/api")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                    continue;
                }
                Iterator<String> types = m.getValue().path("requestBody").path("content").fieldNames();
                ops.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), p.getKey(), types.hasNext() ? types.next() : null));
            }
        }
        return ops;
    }

    static Table load(String resource) {
        Map<String, Map<Caller, String>> expected = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no expectation table " + resource + " on the test classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\s+");
                if (cells[0].equals("body")) {
                    bodies.put(cells[1] + " " + cells[2], line.substring(line.indexOf(cells[2]) + cells[2].length()).strip());
                    continue;
                }
                if (cells.length != 2 + Caller.values().length) {
                    throw new AssertionError(resource + ": a row has a method, a path and " + Caller.values().length
                            + " cells: " + line);
                }
                Map<Caller, String> row = new EnumMap<>(Caller.class);
                for (Caller c : Caller.values()) {
                    row.put(c, cells[2 + c.ordinal()]);
                }
                expected.put(cells[0] + " " + cells[1], row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(expected, bodies);
    }

    /** One real token per caller: a signed token with its claims changed, an expired one, the demo users'. */
    static Map<Caller, String> tokens() {
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            if (c.user != null) {
                tokens.put(c, Tokens.accessToken(c.user));
            }
        }
        tokens.put(Caller.TAMPERED, tampered(tokens.get(Caller.OWNER)));
        String expiring = Tokens.shortLivedAccessToken(OWNER);
        long expiresAt = Tokens.claims(expiring).path("exp").asLong();
        try {
            // Quarkus allows no clock skew by default; a second past exp is expired
            Thread.sleep(Math.max(0, (expiresAt + 1) * 1000 - System.currentTimeMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tokens.put(Caller.EXPIRED, expiring);
        return tokens;
    }

    /** The owner's token, its payload changed to the admin role and another tenant, the signature kept. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"fjord\"", "\"nordlys\"").replace("\"seeker\"", "\"tenant-admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static String abbreviate(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ");
        return b.length() > 160 ? b.substring(0, 160) + "…" : b;
    }
}
