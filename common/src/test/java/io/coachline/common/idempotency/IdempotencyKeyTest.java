package io.coachline.common.idempotency;

import io.coachline.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotencyKeyTest {

    @Test
    void aQuotedOrBareKeyIsTheSameKey() {
        assertEquals("8e03978e-40d5", IdempotencyKey.parse("\"8e03978e-40d5\"").value());
        assertEquals("8e03978e-40d5", IdempotencyKey.parse(" 8e03978e-40d5 ").value());
        assertNull(IdempotencyKey.parse(null));
    }

    @Test
    void anEmptyLongOrUnprintableKeyIsRefusedNamingTheHeader() {
        for (String bad : new String[]{"\"\"", "", "a b", "x".repeat(256), "caf\u00e9", "\"a\"b\""}) {
            ProblemException e = assertThrows(ProblemException.class, () -> IdempotencyKey.parse(bad), bad);
            assertEquals(400, e.problem().status());
            assertEquals("Idempotency-Key", e.problem().errors().get(0).field());
        }
    }

    @Test
    void theFingerprintCoversMethodPathTypeAndBody() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String base = IdempotencyKey.fingerprint("POST", "/api/applications", "application/json", body);
        assertEquals(base, IdempotencyKey.fingerprint("POST", "/api/applications", "application/json", body.clone()));
        assertNotEquals(base, IdempotencyKey.fingerprint("POST", "/api/feedback", "application/json", body));
        assertNotEquals(base, IdempotencyKey.fingerprint("POST", "/api/applications", "text/csv", body));
        assertNotEquals(base, IdempotencyKey.fingerprint("POST", "/api/applications", "application/json",
                "{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    }
}
