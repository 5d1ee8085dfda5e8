package io.coachline.reminder.settings;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed per-seeker unsubscribe addresses (RFC 8058 one-click): the token is
 * {@code base64url(tenant:seeker).base64url(HMAC-SHA256)} under {@code coachline.mail.unsubscribe-key}, so
 * it works without login and nobody can make one for another seeker. Nothing is stored.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    public record Seeker(String tenant, UUID id) {
    }

    @ConfigProperty(name = "coachline.mail.unsubscribe-key")
    String key;

    @ConfigProperty(name = "coachline.portal.base-url")
    String baseUrl;

    public String url(String tenant, UUID seekerId) {
        return baseUrl + "/api/settings/unsubscribe/" + token(tenant, seekerId);
    }

    String token(String tenant, UUID seekerId) {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((tenant + ":" + seekerId).getBytes(StandardCharsets.UTF_8));
        return payload + "." + sign(payload);
    }

    /** The seeker a token was made for, or empty when it is malformed or not signed with our key. */
    public Optional<Seeker> verify(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
            int colon = text.lastIndexOf(':');
            return Optional.of(new Seeker(text.substring(0, colon), UUID.fromString(text.substring(colon + 1))));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("unsubscribe:" + payload).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
