package io.coachline.common.security;

/** Realm roles as Keycloak puts them into the token. */
public final class Role {
    public static final String SEEKER = "seeker";
    public static final String COACH = "coach";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final java.util.Set<String> ALL = java.util.Set.of(SEEKER, COACH, TENANT_ADMIN);

    private Role() {
    }
}
