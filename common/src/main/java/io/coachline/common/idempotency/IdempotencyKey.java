package io.coachline.common.idempotency;

import io.coachline.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code Idempotency-Key} header of a POST and the fingerprint of the request it came with.
 * The draft writes the key as a structured-field string ({@code "8e03978e-..."}); a bare token is
 * taken as well.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    /** null when the request has no key; 400 naming the header when it has a bad one. */
    public static IdempotencyKey parse(String header) {
        if (header == null) {
            return null;
        }
        String key = header.trim();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"')) {
            throw ProblemException.invalid(HEADER, "Must be 1 to " + MAX_LENGTH + " printable ASCII characters, "
                    + "for example a UUID in quotes.");
        }
        return new IdempotencyKey(key);
    }

    /** What makes two requests "the same": method, path with query, content type and body. */
    public static String fingerprint(String method, String pathAndQuery, String contentType, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + pathAndQuery + "\n" + (contentType == null ? "" : contentType) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
