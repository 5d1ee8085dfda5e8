package io.coachline.common.paging;

import io.coachline.common.problem.DateRange;
import io.coachline.common.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The one cursor format of every list: URL-safe Base64 of {@code list|key|key…}. The list name
 * makes another list's cursor invalid; every key is checked when read (dates within
 * {@link DateRange}), so a forged, truncated or foreign cursor answers 400 {@code cursor}, never
 * a query PostgreSQL refuses. A cursor only says where a page starts: the query still filters
 * by the caller, so a hand-made one can show nothing the caller could not page to.
 */
public final class Cursor {

    public static final String INVALID = "Is not a cursor this list gave out.";
    private static final int MAX_LENGTH = 512;
    private static final int MAX_OFFSET = 1_000_000;

    private final List<String> keys;

    private Cursor(List<String> keys) {
        this.keys = keys;
    }

    /** The cursor of the page after the row with these keys (Instant, LocalDate, UUID or int). */
    public static String encode(String list, Object... keys) {
        StringBuilder raw = new StringBuilder(list);
        for (Object key : keys) {
            raw.append('|').append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor of {@code list} with exactly {@code arity} keys; null when none was sent. */
    public static Cursor decode(String list, String cursor, int arity) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String raw;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor.trim());
            raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid();
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != arity + 1 || !parts[0].equals(list)) {
            throw invalid();
        }
        return new Cursor(List.of(Arrays.copyOfRange(parts, 1, parts.length)));
    }

    public Instant instant(int key) {
        try {
            Instant at = Instant.parse(keys.get(key));
            if (DateRange.contains(at)) {
                return at;
            }
        } catch (RuntimeException e) {
            // answered below
        }
        throw invalid();
    }

    public LocalDate date(int key) {
        try {
            LocalDate day = LocalDate.parse(keys.get(key));
            if (DateRange.contains(day)) {
                return day;
            }
        } catch (RuntimeException e) {
            // answered below
        }
        throw invalid();
    }

    public UUID id(int key) {
        String value = keys.get(key);
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString accepts short forms like "1-1-1-1-1"; only the canonical one was given out
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (RuntimeException e) {
            // answered below
        }
        throw invalid();
    }

    public int offset(int key) {
        String value = keys.get(key);
        if (!value.isEmpty() && value.length() <= 7 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int offset = Integer.parseInt(value);
            if (offset <= MAX_OFFSET) {
                return offset;
            }
        }
        throw invalid();
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", INVALID);
    }
}
