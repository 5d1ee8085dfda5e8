package io.coachline.reminder.dispatch;

import io.coachline.common.tenancy.TenantScope;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the e-mails the dispatcher queued in {@code mail_delivery}, one mail per transaction: the row is
 * locked with {@code FOR UPDATE SKIP LOCKED} (two replicas never send the same row), marked sent, sent over
 * SMTP and committed at once. A failed send is retried with back-off. The only window for a duplicate is a
 * crash between the SMTP server's acceptance and that commit (its answer reaching this thread, then the
 * commit; one mail): then that mail is sent again with the same Message-ID (at-least-once mail,
 * de-duplicable by the Message-ID; docs/faults.md).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    static final String CLAIM_SQL = "SELECT reminder_id, recipient, subject, body, message_id, attempts, html, unsubscribe_url FROM mail_delivery "
            + "WHERE tenant_id = ?1 AND sent_at IS NULL AND next_attempt_at <= ?2 "
            + "ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED";

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @ConfigProperty(name = "coachline.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    /** Sends what is pending in every tenant; returns how many mails were sent. */
    @ActivateRequestContext
    public int sendPending() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<String> tenants = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT DISTINCT tenant_id FROM mail_delivery WHERE sent_at IS NULL AND next_attempt_at <= ?1")
                .setParameter(1, Timestamp.from(now)).getResultList());
        int sent = 0;
        for (String tenant : tenants) {
            Boolean result;
            while ((result = sendOne(tenant, now)) != null) {
                sent += result ? 1 : 0;
            }
        }
        return sent;
    }

    /** One pending mail of the tenant in its own transaction: whether it was sent, null when none was left. */
    Boolean sendOne(String tenant, Instant now) {
        return TenantScope.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(CLAIM_SQL).setParameter(1, tenant)
                    .setParameter(2, Timestamp.from(now)).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = rows.get(0);
            Object reminderId = row[0];
            int attempts = ((Number) row[5]).intValue();
            Mail mail = Mail.withText((String) row[1], (String) row[2], (String) row[3])
                    .addHeader("Message-ID", (String) row[4]);
            if (row[6] != null) {
                mail.setHtml((String) row[6]); // text + HTML: multipart/alternative
            }
            if (row[7] != null) {
                // RFC 2369 + RFC 8058: mail clients offer a one-click "unsubscribe" that POSTs to the address
                mail.addHeader("List-Unsubscribe", "<" + row[7] + ">")
                        .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            // marked sent before the send, so that only the commit lies between the SMTP server's accept and the mark
            em.createNativeQuery("UPDATE mail_delivery SET sent_at = ?1, attempts = attempts + 1, last_error = NULL "
                            + "WHERE tenant_id = ?2 AND reminder_id = ?3")
                    .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, tenant)
                    .setParameter(3, reminderId).executeUpdate();
            try {
                mailer.send(mail);
                return true;
            } catch (RuntimeException e) {
                LOG.warnf("mail of reminder %s failed (attempt %d): %s", reminderId, attempts + 1, e.toString());
                Instant next = attempts + 1 >= maxAttempts ? Instant.parse("9999-01-01T00:00:00Z")
                        : Instant.now().plus(Duration.ofSeconds(Math.min(3600, 5L << Math.min(attempts, 10))));
                em.createNativeQuery("UPDATE mail_delivery SET sent_at = NULL, last_error = ?1, next_attempt_at = ?2 "
                                + "WHERE tenant_id = ?3 AND reminder_id = ?4")
                        .setParameter(1, String.valueOf(e.getMessage())).setParameter(2, Timestamp.from(next))
                        .setParameter(3, tenant).setParameter(4, reminderId).executeUpdate();
                return false;
            }
        }));
    }
}
