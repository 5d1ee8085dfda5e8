package io.coachline.common.events;

/** Conventions every Coachline event follows (docs/events.md). */
public final class Events {

    /** CloudEvents extension attribute that carries the tenant (lower-case letters only, per the spec). */
    public static final String TENANT_EXTENSION = "tenantid";

    private Events() {
    }
}
