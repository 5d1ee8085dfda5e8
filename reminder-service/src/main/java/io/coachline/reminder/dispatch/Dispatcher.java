package io.coachline.reminder.dispatch;

import io.coachline.common.tenancy.TenantScope;
import io.coachline.reminder.draft.Draft;
import io.coachline.reminder.people.Client;
import io.coachline.reminder.policy.EffectivePolicy;
import io.coachline.reminder.policy.PolicyService;
import io.coachline.reminder.reminders.ReminderEvents;
import io.coachline.reminder.reminders.ReminderStatus;
import io.coachline.reminder.reminders.Reminder;
import io.coachline.reminder.reminders.Reminders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/**
 * Makes reminders DUE when their instant has come. Each batch is one transaction that locks up to
 * {@code batchSize} pending rows with {@code FOR UPDATE SKIP LOCKED} (native SQL, so no dialect can
 * drop the clause), marks them DUE (the in-app inbox), writes their {@code due.v1} event to the
 * outbox and their e-mail to {@code mail_delivery}: all or nothing. Another replica running the same
 * query skips the locked rows and takes the next ones, so every reminder is made DUE exactly once;
 * a crash before the commit rolls the batch back and the rows are taken again later.
 */
@ApplicationScoped
public class Dispatcher {

    /** The dispatcher's query; {@code SKIP LOCKED} is what lets replicas share the queue. */
    public static final String CLAIM_SQL = "SELECT id FROM reminder WHERE tenant_id = ?1 "
            + "AND status IN ('SCHEDULED', 'SNOOZED') AND due_at <= ?2 ORDER BY due_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED";

    static final String TENANTS_SQL = "SELECT DISTINCT tenant_id FROM reminder "
            + "WHERE status IN ('SCHEDULED', 'SNOOZED') AND due_at <= ?1";

    @Inject
    EntityManager em;

    @Inject
    Reminders reminders;

    @Inject
    ReminderEvents events;

    @Inject
    PolicyService policies;

    @ConfigProperty(name = "coachline.dispatch.batch-size", defaultValue = "20")
    int batchSize;

    /** Dispatches everything due now in every tenant, batch after batch; returns how many it made DUE. */
    @ActivateRequestContext
    public int dispatchDue() {
        Instant now = Instant.now();
        List<String> tenants = QuarkusTransaction.requiringNew().call(() -> tenants(now));
        int total = 0;
        for (String tenant : tenants) {
            int n;
            do {
                n = dispatchBatch(tenant, now);
                total += n;
            } while (n == batchSize);
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    List<String> tenants(Instant now) {
        return em.createNativeQuery(TENANTS_SQL).setParameter(1, Timestamp.from(now)).getResultList();
    }

    /** One batch of one tenant in its own transaction; returns how many reminders it made DUE. */
    @ActivateRequestContext
    public int dispatchBatch(String tenant, Instant now) {
        return TenantScope.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> claimAndDispatch(tenant, now)));
    }

    @SuppressWarnings("unchecked")
    int claimAndDispatch(String tenant, Instant now) {
        List<Object> ids = em.createNativeQuery(CLAIM_SQL)
                .setParameter(1, tenant).setParameter(2, Timestamp.from(now)).setParameter(3, batchSize)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        EffectivePolicy policy = policies.effective(tenant);
        var cache = new HashMap<UUID, io.coachline.reminder.plan.ApplicationState>();
        for (Object id : ids) {
            Reminder r = Reminder.findById(id instanceof UUID u ? u : UUID.fromString(id.toString()));
            r.status = ReminderStatus.DUE;
            r.dispatchedAt = now;
            r.updatedAt = now;
            events.publish(r, ReminderEvents.DUE);
            Client seeker = Client.findById(r.seekerId);
            if (seeker != null && seeker.email != null && !seeker.email.isBlank()) {
                Draft draft = reminders.draft(r, policy, cache);
                em.createNativeQuery("INSERT INTO mail_delivery (tenant_id, reminder_id, recipient, subject, body, "
                                + "message_id, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                + "ON CONFLICT (tenant_id, reminder_id) DO UPDATE SET recipient = EXCLUDED.recipient, "
                                + "subject = EXCLUDED.subject, body = EXCLUDED.body, message_id = EXCLUDED.message_id, "
                                + "attempts = 0, next_attempt_at = EXCLUDED.next_attempt_at, sent_at = NULL")
                        .setParameter(1, tenant).setParameter(2, r.id).setParameter(3, seeker.email)
                        .setParameter(4, MailSender.subject(r, draft)).setParameter(5, MailSender.body(r, draft))
                        .setParameter(6, MailSender.messageId(r, now)).setParameter(7, Timestamp.from(now))
                        .executeUpdate();
            }
        }
        return ids.size();
    }
}
