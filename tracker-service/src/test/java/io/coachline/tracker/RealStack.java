package io.coachline.tracker;

import io.coachline.testsupport.RealStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against the one real stack of the test run (PostgreSQL, Kafka,
 * Keycloak), started once by the harness and shared with the other modules.
 */
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
public final class RealStack {
    private RealStack() {
    }
}
