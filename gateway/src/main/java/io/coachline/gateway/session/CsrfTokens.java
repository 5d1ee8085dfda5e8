package io.coachline.gateway.session;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The synchroniser token of a browser session: HMAC-SHA256 of the Keycloak session id under the gateway's key. Only
 * the gateway can make one, it names exactly one session (a token of another session, or one planted in a cookie by
 * a neighbouring site, does not fit), and it needs no storage: every replica with the same key checks it.
 */
public final class CsrfTokens {

    private final SecretKeySpec key;

    public CsrfTokens(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the CSRF key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String tokenFor(String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update("coachline-csrf\n".getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compared in constant time, so the answer's timing tells nothing about how much of a guess was right. */
    public boolean matches(String sessionId, String presented) {
        if (sessionId == null || presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(sessionId).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
