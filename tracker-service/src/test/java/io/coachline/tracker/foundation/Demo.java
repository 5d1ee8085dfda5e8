package io.coachline.tracker.foundation;

import java.util.UUID;

/** The fixed ids of the demo realm's users (deploy/keycloak, deploy/demo/people.json). */
public final class Demo {
    public static final UUID FJORD_ADMIN = UUID.fromString("10000000-0000-4000-8000-000000000001");
    public static final UUID FJORD_COACH1 = UUID.fromString("10000000-0000-4000-8000-000000000011");
    public static final UUID FJORD_COACH2 = UUID.fromString("10000000-0000-4000-8000-000000000012");
    public static final UUID FJORD_SEEKER1 = UUID.fromString("10000000-0000-4000-8000-000000000101");
    public static final UUID FJORD_SEEKER5 = UUID.fromString("10000000-0000-4000-8000-000000000105");
    public static final UUID NORDLYS_SEEKER1 = UUID.fromString("20000000-0000-4000-8000-000000000101");
    public static final UUID NORDLYS_COACH1 = UUID.fromString("20000000-0000-4000-8000-000000000011");

    private Demo() {
    }
}
