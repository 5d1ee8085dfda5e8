package io.coachline.reminder.dispatch;

import io.coachline.common.tenancy.TenantScope;
import io.coachline.reminder.draft.Draft;
import io.coachline.reminder.draft.DraftComposer;
import io.coachline.reminder.plan.ApplicationState;
import io.coachline.reminder.plan.Rule;
import io.coachline.reminder.settings.Delivery;
import io.coachline.reminder.settings.NotificationSettings;
import io.coachline.reminder.settings.UnsubscribeLinks;
import io.coachline.common.people.Client;
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

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
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

    @Inject
    UnsubscribeLinks links;

    @ConfigProperty(name = "coachline.portal.base-url")
    String portalUrl;

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

    /**
     * Queues the reminder's e-mail as the seeker wants it (notification settings): in the day's digest
     * (one mail row per seeker and day, listing its reminders), as a mail of its own, or not at all. A
     * reminder is in exactly one mail row: a digest already sent when a late reminder comes due gets no
     * addition; the reminder then has a mail of its own (still in digest form).
     */
    void mail(String tenant, Reminder r, EffectivePolicy policy, Map<UUID, ApplicationState> cache, Instant now) {
        Client seeker = Client.findById(r.seekerId);
        if (seeker == null || seeker.email == null || seeker.email.isBlank()) {
            return;
        }
        Delivery delivery = NotificationSettings.deliveryOf(r.seekerId);
        if (delivery == Delivery.NONE) {
            return;
        }
        LocalDate today = now.atZone(Reminders.zoneOf(seeker)).toLocalDate();
        if (delivery == Delivery.EACH) {
            upsert(tenant, r.id, seeker, List.of(r.id), false, policy, cache, today,
                    "<reminder-" + r.id + "-" + now.toEpochMilli() + "@coachline>", true);
            return;
        }
        UUID key = digestId(r.seekerId, today);
        for (int attempt = 0; attempt < 3; attempt++) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT reminder_ids, sent_at, message_id FROM mail_delivery "
                            + "WHERE tenant_id = ?1 AND reminder_id = ?2 FOR UPDATE")
                    .setParameter(1, tenant).setParameter(2, key).getResultList();
            if (rows.isEmpty()) {
                if (upsert(tenant, key, seeker, List.of(r.id), true, policy, cache, today,
                        "<digest-" + key + "-" + now.toEpochMilli() + "@coachline>", false)) {
                    return;
                }
                continue; // another replica queued this digest just now: join it, locked
            }
            if (rows.get(0)[1] != null) {
                key = r.id; // the day's digest is gone already: this one is mailed by itself
                continue;
            }
            List<UUID> ids = splitIds((String) rows.get(0)[0]);
            if (!ids.contains(r.id)) {
                ids.add(r.id);
            }
            upsert(tenant, key, seeker, ids, true, policy, cache, today, (String) rows.get(0)[2], true);
            return;
        }
        throw new IllegalStateException("could not queue the digest of " + r.seekerId);
    }

    private static List<UUID> splitIds(String ids) {
        List<UUID> out = new ArrayList<>();
        for (String id : ids == null ? new String[0] : ids.split(",")) {
            if (!id.isBlank()) {
                out.add(UUID.fromString(id.strip()));
            }
        }
        return out;
    }

    /** Digest mail rows are keyed by seeker and day, so every replica finds the same one. */
    static UUID digestId(UUID seekerId, LocalDate day) {
        return UUID.nameUUIDFromBytes(("digest:" + seekerId + ":" + day).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes (or rewrites) a mail row with the content of {@code reminderIds}. {@code replace} false inserts
     * only when no row exists yet and returns whether it did.
     */
    private boolean upsert(String tenant, UUID key, Client seeker, List<UUID> reminderIds, boolean digest,
                           EffectivePolicy policy, Map<UUID, ApplicationState> cache, LocalDate today, String messageId,
                           boolean replace) {
        List<FollowUpMail.Item> items = new ArrayList<>();
        for (UUID id : reminderIds) {
            Reminder each = Reminder.findById(id);
            if (each == null) {
                continue;
            }
            Draft draft = reminders.draft(each, policy, cache);
            ApplicationState app = cache.get(each.applicationId);
            items.add(new FollowUpMail.Item(Rule.valueOf(each.rule), each.effectiveDueOn(), each.reason,
                    String.valueOf(each.applicationId), app == null ? "" : app.employer(),
                    app == null ? "" : app.position(), draft));
        }
        String language = DraftComposer.language(seeker.locale == null ? null : Locale.forLanguageTag(seeker.locale));
        String unsubscribe = links.url(tenant, seeker.id);
        FollowUpMail.Content content = FollowUpMail.compose(items, digest, seeker.displayName, language, today,
                portalUrl, unsubscribe);
        String sql = "INSERT INTO mail_delivery (tenant_id, reminder_id, recipient, subject, body, html, reminder_ids, "
                + "unsubscribe_url, message_id, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                + "?9, ?10) ON CONFLICT (tenant_id, reminder_id) "
                + (replace ? "DO UPDATE SET recipient = EXCLUDED.recipient, subject = EXCLUDED.subject, "
                + "body = EXCLUDED.body, html = EXCLUDED.html, reminder_ids = EXCLUDED.reminder_ids, "
                + "unsubscribe_url = EXCLUDED.unsubscribe_url, "
                + "message_id = EXCLUDED.message_id, "
                + "attempts = 0, next_attempt_at = EXCLUDED.next_attempt_at, sent_at = NULL" : "DO NOTHING");
        int written = em.createNativeQuery(sql)
                .setParameter(1, tenant).setParameter(2, key).setParameter(3, seeker.email)
                .setParameter(4, content.subject()).setParameter(5, content.text()).setParameter(6, content.html())
                .setParameter(7, String.join(",", reminderIds.stream().map(UUID::toString).toList())).setParameter(8, unsubscribe)
                .setParameter(9, messageId).setParameter(10, Timestamp.from(Instant.now()))
                .executeUpdate();
        return written > 0;
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
        Map<UUID, ApplicationState> cache = new HashMap<>();
        for (Object id : ids) {
            Reminder r = Reminder.findById(id instanceof UUID u ? u : UUID.fromString(id.toString()));
            r.status = ReminderStatus.DUE;
            r.dispatchedAt = now;
            r.updatedAt = now;
            events.publish(r, ReminderEvents.DUE);
            mail(tenant, r, policy, cache, now);
        }
        return ids.size();
    }
}
