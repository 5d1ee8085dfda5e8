package io.coachline.gateway;

import io.coachline.testsupport.RealStackResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Real Keycloak (and the rest of the shared test stack) for every gateway test. */
@QuarkusTestResource(RealStackResource.class)
public final class RealStack {
    private RealStack() {
    }
}
