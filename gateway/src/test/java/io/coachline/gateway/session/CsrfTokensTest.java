package io.coachline.gateway.session;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfTokensTest {

    private final CsrfTokens tokens = new CsrfTokens("a key of thirty-two bytes length".getBytes(StandardCharsets.UTF_8));

    @Test
    void aTokenFitsItsSessionOnly() {
        String token = tokens.tokenFor("session-a");
        assertEquals(43, token.length(), "32 bytes, base64url without padding");
        assertTrue(tokens.matches("session-a", token));
        assertFalse(tokens.matches("session-b", token));
        assertNotEquals(token, tokens.tokenFor("session-b"));
    }

    @Test
    void anotherKeyMakesOtherTokens() {
        CsrfTokens other = new CsrfTokens("another key, also long enough!!!".getBytes(StandardCharsets.UTF_8));
        assertFalse(other.matches("session-a", tokens.tokenFor("session-a")));
    }

    @Test
    void missingOrMangledTokensDoNotMatch() {
        String token = tokens.tokenFor("session-a");
        assertFalse(tokens.matches("session-a", null));
        assertFalse(tokens.matches("session-a", ""));
        assertFalse(tokens.matches("session-a", token.substring(1)));
        assertFalse(tokens.matches("session-a", token + "x"));
        assertFalse(tokens.matches(null, token));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CsrfTokens(new byte[8]));
    }
}
