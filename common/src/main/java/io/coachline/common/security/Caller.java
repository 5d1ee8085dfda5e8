package io.coachline.common.security;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the validated token says: the person, their tenant (the Keycloak
 * organisation) and roles. The tenant never comes from a path, query or body.
 *
 * <p>A request-scoped bean: injected anywhere (even into singleton resources) it always is the
 * caller of the current request. That is why this is a proxyable class and not a record.
 */
public class Caller {

    private UUID id;
    private String tenant;
    private Set<String> roles;
    private String username;
    private String displayName;
    private String email;
    private ZoneId timeZone;
    private Locale locale;

    /** For the CDI proxy only. */
    protected Caller() {
    }

    public Caller(UUID id, String tenant, Set<String> roles, String username, String displayName,
                  String email, ZoneId timeZone, Locale locale) {
        this.id = id;
        this.tenant = tenant;
        this.roles = Set.copyOf(roles);
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.timeZone = timeZone;
        this.locale = locale;
    }

    public UUID id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public Set<String> roles() {
        return roles;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isSeeker() {
        return roles.contains(Role.SEEKER);
    }

    public boolean isCoach() {
        return roles.contains(Role.COACH);
    }

    public boolean isAdmin() {
        return roles.contains(Role.TENANT_ADMIN);
    }

    @Override
    public String toString() {
        return "Caller[" + username + "@" + tenant + " " + roles + "]";
    }
}
