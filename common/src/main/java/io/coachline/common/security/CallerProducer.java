package io.coachline.common.security;

import io.coachline.common.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Builds the {@link Caller} of the current request from the bearer token Quarkus has validated. */
@ApplicationScoped
public class CallerProducer {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Oslo");

    @Inject
    SecurityIdentity identity;

    /** Request-scoped, so a singleton resource that injects it still sees each request's own caller. */
    @Produces
    @jakarta.enterprise.context.RequestScoped
    public Caller caller() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw ProblemException.unauthorized("A bearer token is required.");
        }
        return fromToken(jwt, identity.getRoles());
    }

    public static Caller fromToken(JsonWebToken jwt, Set<String> roles) {
        String tenant = tenantOf(jwt.getClaim("organization"));
        if (tenant == null) {
            throw ProblemException.unauthorized("The token names no organisation (tenant).");
        }
        UUID id;
        try {
            id = UUID.fromString(jwt.getSubject());
        } catch (RuntimeException e) {
            throw ProblemException.unauthorized("The token's subject is not a user id.");
        }
        String username = jwt.getClaim("preferred_username");
        String name = jwt.getClaim("name");
        Set<String> platformRoles = Set.copyOf(roles.stream().filter(Role.ALL::contains).toList());
        return new Caller(id, tenant, platformRoles, username, name != null ? name : username,
                jwt.getClaim("email"), zoneOf(jwt.getClaim("zoneinfo")), localeOf(jwt.getClaim("locale")));
    }

    /** Keycloak writes the organisation claim as a list of aliases (or a map when ids are added). */
    static String tenantOf(Object claim) {
        if (claim instanceof jakarta.json.JsonArray array) {
            List<String> names = array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
            return names.size() == 1 ? names.get(0) : null;
        }
        if (claim instanceof jakarta.json.JsonObject object) {
            return object.size() == 1 ? object.keySet().iterator().next() : null;
        }
        if (claim instanceof Collection<?> list) {
            return list.size() == 1 ? String.valueOf(list.iterator().next()) : null;
        }
        if (claim instanceof String s && !s.isBlank()) {
            return s;
        }
        return null;
    }

    static ZoneId zoneOf(Object claim) {
        if (claim instanceof String s && !s.isBlank()) {
            try {
                return ZoneId.of(s);
            } catch (DateTimeException e) {
                return DEFAULT_ZONE;
            }
        }
        return DEFAULT_ZONE;
    }

    static Locale localeOf(Object claim) {
        return claim instanceof String s && !s.isBlank() ? Locale.forLanguageTag(s.replace('_', '-')) : Locale.ENGLISH;
    }
}
