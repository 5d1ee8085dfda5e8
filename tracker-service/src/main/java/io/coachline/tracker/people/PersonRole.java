package io.coachline.tracker.people;

import io.coachline.common.security.Role;

public enum PersonRole {
    SEEKER(Role.SEEKER), COACH(Role.COACH), TENANT_ADMIN(Role.TENANT_ADMIN);

    public final String realmRole;

    PersonRole(String realmRole) {
        this.realmRole = realmRole;
    }
}
