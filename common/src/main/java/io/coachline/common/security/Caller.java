package io.coachline.common.security;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the validated token says: the person, their tenant (the Keycloak
 * organisation) and roles. The tenant never comes from a path, query or body.
 */
public record Caller(UUID id, String tenant, Set<String> roles, String username, String displayName,
                     String email, ZoneId timeZone, Locale locale) {

    public boolean isSeeker() {
        return roles.contains(Role.SEEKER);
    }

    public boolean isCoach() {
        return roles.contains(Role.COACH);
    }

    public boolean isAdmin() {
        return roles.contains(Role.TENANT_ADMIN);
    }
}
