package io.coachline.tracker.people;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * On the local stack the demo people of the Keycloak realm exist in the platform too, with their
 * assignments, so {@code /api/me} and {@code /api/clients} work right after {@code ./platform up}.
 * Idempotent: people already there are left alone. Coaches go first (seekers reference them).
 */
@ApplicationScoped
public class DemoSeed {

    private static final Logger LOG = Logger.getLogger(DemoSeed.class);

    record DemoPerson(UUID id, String tenant, String username, String role, String firstName, String lastName,
                      String email, String locale, String timeZone, UUID coachId) {
    }

    @ConfigProperty(name = "coachline.demo.seed", defaultValue = "false")
    boolean enabled;

    @Inject
    ObjectMapper json;

    @Inject
    People people;

    void seed(@Observes @Priority(10) StartupEvent ignored) throws IOException {
        if (!enabled) {
            return;
        }
        List<DemoPerson> demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/people.json")) {
            if (in == null) {
                LOG.warn("Demo seed enabled but demo/people.json is not on the classpath");
                return;
            }
            demo = json.readValue(in, new TypeReference<>() { });
        }
        int created = 0;
        for (String role : List.of("TENANT_ADMIN", "COACH", "SEEKER")) {
            for (DemoPerson d : demo) {
                if (!role.equalsIgnoreCase(d.role().replace('-', '_'))) {
                    continue;
                }
                created += TenantScope.call(d.tenant(), () -> QuarkusTransaction.requiringNew().call(() -> {
                    if (Person.findById(d.id()) != null) {
                        return 0;
                    }
                    people.create(d.tenant(), new PersonView(d.id(), PersonRole.valueOf(role), d.username(), d.firstName(),
                            d.lastName(), null, d.email(), d.locale(), d.timeZone(), d.coachId()));
                    return 1;
                }));
            }
        }
        LOG.infof("Demo seed: %d people created, %d already present", created, demo.size() - created);
    }
}
