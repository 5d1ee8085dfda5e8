package io.coachline.reminder;

import io.coachline.testsupport.RealStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against the one real stack of the test run. */
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "database", value = "reminder"))
public final class RealStack {
    private RealStack() {
    }
}
