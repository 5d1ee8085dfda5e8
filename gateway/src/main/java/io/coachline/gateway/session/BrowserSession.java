package io.coachline.gateway.session;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * What the gateway knows of a caller's browser session: whether the identity came from the session cookie (the
 * code flow leaves an ID token; a bearer call has none) and the session's CSRF token.
 */
@Singleton
public class BrowserSession {

    private final CsrfTokens tokens;

    BrowserSession(@ConfigProperty(name = "coachline.gateway.csrf-key") Optional<String> csrfKey,
                   @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> clientSecret) {
        // Replicas must share the key: by default the OIDC client secret they already share; a random key only
        // when neither is set (a restart then asks open pages to reload).
        byte[] key = csrfKey.filter(k -> !k.isBlank())
                .or(() -> clientSecret.filter(k -> !k.isBlank()).map(k -> "csrf-from-client-secret:" + k))
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
        this.tokens = new CsrfTokens(key);
    }

    public static boolean fromCookie(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.getCredential(IdTokenCredential.class) != null;
    }

    /** The session's CSRF token; empty for a caller that is not a browser session. */
    public Optional<String> csrfToken(SecurityIdentity identity) {
        return sessionId(identity).map(tokens::tokenFor);
    }

    public boolean csrfTokenMatches(SecurityIdentity identity, String presented) {
        return sessionId(identity).map(id -> tokens.matches(id, presented)).orElse(false);
    }

    /** Keycloak's session id ({@code sid}) of the ID token: the same for the whole login, refreshes included. */
    private static Optional<String> sessionId(SecurityIdentity identity) {
        if (!fromCookie(identity) || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return Optional.empty();
        }
        String sid = idToken.getClaim("sid");
        return Optional.ofNullable(sid != null ? sid : idToken.getSubject());
    }
}
