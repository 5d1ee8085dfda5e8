package io.coachline.tracker.policy;

import io.coachline.common.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * The tenant policy as the tracker knows it: reminder-service publishes
 * {@code reminder.policy.changed.v1} whenever a tenant saves its policy ({@code PUT /api/policy}); the
 * tracker keeps the numbers it needs. Until one arrives, the defaults of domain.md apply.
 */
@ApplicationScoped
public class TenantPolicies {

    private static final Logger LOG = Logger.getLogger(TenantPolicies.class);
    public static final String CHANGED = "reminder.policy.changed.v1";
    /** Seed 001: about ten open applications is what one person can follow up well. */
    public static final int DEFAULT_SOFT_LIMIT = 10;

    @Transactional(Transactional.TxType.SUPPORTS)
    public int softLimitOpenApplications(String tenant) {
        TenantPolicy p = tenant == null ? null : TenantPolicy.findById(tenant);
        return p == null ? DEFAULT_SOFT_LIMIT : p.softLimitOpenApplications;
    }

    /** Applies a policy change of the event's tenant (the only tenant it may act in); runs in the inbox transaction. */
    public void apply(IncomingEvent event) {
        int limit = event.data().path("softLimitOpenApplications").asInt(0);
        if (limit < 1) {
            throw new IncomingEvent.PoisonEvent("a policy change without softLimitOpenApplications >= 1");
        }
        Instant at = event.time() != null ? event.time().toInstant() : Instant.now();
        TenantPolicy p = TenantPolicy.findById(event.tenant());
        if (p == null) {
            p = new TenantPolicy();
            p.tenantId = event.tenant();
        } else if (p.changedAt.isAfter(at)) {
            LOG.debugf("Policy change %s of %s is older than the one kept; ignored", event.id(), event.tenant());
            return;
        }
        p.softLimitOpenApplications = limit;
        p.changedAt = at;
        p.persist();
    }
}
