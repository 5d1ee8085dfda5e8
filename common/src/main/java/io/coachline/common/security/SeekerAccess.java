package io.coachline.common.security;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one rule for a seeker's data in every service: the seeker, the coach assigned to them, or
 * an admin of the tenant (the tenant is always the caller's own). Each service knows the
 * assignment from its own copy of the people; it passes the seeker's coach, this decides.
 */
public final class SeekerAccess {

    private SeekerAccess() {
    }

    /** Is the caller the coach assigned to the seeker whose coach is {@code coachOfSeeker} (null: none)? */
    public static boolean isCoachOf(Caller caller, UUID coachOfSeeker) {
        return caller.isCoach() && coachOfSeeker != null && coachOfSeeker.equals(caller.id());
    }

    /** May the caller read the seeker's data? The coach is looked up only when the answer depends on it. */
    public static boolean mayRead(Caller caller, UUID seekerId, Supplier<UUID> coachOfSeeker) {
        return seekerId.equals(caller.id()) || caller.isAdmin() || (caller.isCoach() && isCoachOf(caller, coachOfSeeker.get()));
    }
}
