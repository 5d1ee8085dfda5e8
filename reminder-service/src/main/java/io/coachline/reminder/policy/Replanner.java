package io.coachline.reminder.policy;

import io.coachline.common.tenancy.TenantScope;
import io.coachline.reminder.reminders.ApplicationCopy;
import io.coachline.reminder.reminders.Reminders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Re-plans every application of a tenant in the background after a policy change, one transaction
 * per small page of applications, recording total/done in the tenant's policy row for the admin.
 */
@ApplicationScoped
public class Replanner {

    private static final Logger LOG = Logger.getLogger(Replanner.class);
    static final int PAGE = 50;

    /** Not a context-propagating executor: the re-plan outlives the request that started it. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reminder-replan");
        t.setDaemon(true);
        return t;
    });

    @Inject
    Reminders reminders;

    @Inject
    PolicyService policies;

    public void start(String tenant) {
        executor.submit(() -> replan(tenant));
    }

    /** Runs the re-plan of {@code tenant} on this thread. */
    @ActivateRequestContext
    public void replan(String tenant) {
        try {
            List<UUID> ids = TenantScope.call(tenant, () -> QuarkusTransaction.requiringNew().call(() ->
                    ApplicationCopy.<ApplicationCopy>listAll().stream().map(a -> a.id).sorted().toList()));
            policies.progressIn(tenant, "RUNNING", ids.size(), 0);
            int done = 0;
            for (int i = 0; i < ids.size(); i += PAGE) {
                List<UUID> page = ids.subList(i, Math.min(ids.size(), i + PAGE));
                TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew().run(() -> {
                    EffectivePolicy policy = policies.effective(tenant);
                    // the page's copies, reminders and same-employer siblings are read once, not per application
                    reminders.reconcileAll(tenant, ApplicationCopy.list("id in ?1", page), policy, Instant.now());
                }));
                done += page.size();
                policies.progressIn(tenant, "RUNNING", ids.size(), done);
            }
            policies.progressIn(tenant, "DONE", ids.size(), done);
        } catch (RuntimeException e) {
            LOG.errorf(e, "re-plan of tenant %s failed", tenant);
            policies.progressIn(tenant, "FAILED", -1, -1);
        }
    }
}
