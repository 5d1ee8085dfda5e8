package io.coachline.reminder.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.tenancy.TenantScope;
import io.coachline.reminder.draft.Draft;
import io.coachline.reminder.draft.DraftComposer;
import io.coachline.reminder.draft.RuleTitle;
import io.coachline.reminder.draft.WhyNow;
import io.coachline.reminder.plan.Rule;
import io.coachline.common.people.Client;
import io.coachline.reminder.policy.EffectivePolicy;
import io.coachline.reminder.policy.PolicyService;
import io.coachline.reminder.reminders.ApplicationCopy;
import io.coachline.reminder.reminders.ApplicationStates;
import io.coachline.reminder.reminders.Reminder;
import io.coachline.reminder.reminders.ReminderStatus;
import io.coachline.reminder.reminders.Reminders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Secret calendar feeds. A feed token is 32 bytes: HMAC-SHA256 under the service's feed key of a
 * random 32-byte salt. The database keeps the salt and SHA-256 of the token, never the token: a copy
 * of the database alone cannot open a feed, while the service can show the seeker their URL again.
 * A new feed (POST) replaces the salt, which revokes the old token.
 */
@ApplicationScoped
public class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    PolicyService policies;

    @Inject
    Reminders reminders;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "coachline.calendar.feed-key", defaultValue = "coachline-dev-calendar-feed-key-change-me")
    String feedKey;

    @ConfigProperty(name = "coachline.calendar.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** First use from several tabs at once: the inserts race, the losers are retried and find the winner's feed. */
    @Transactional
    @io.coachline.common.retry.RetryTransient
    public String url(String tenant, UUID seekerId, boolean renew) {
        CalendarFeed feed = renew ? CalendarFeed.findById(seekerId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                : CalendarFeed.findById(seekerId);
        if (feed == null) {
            feed = new CalendarFeed();
            feed.seekerId = seekerId;
            feed.tenantId = tenant;
            renew(feed);
            feed.persist();
        } else if (renew) {
            renew(feed);
        }
        return baseUrl + "/api/calendar/" + token(feed.salt) + ".ics";
    }

    private void renew(CalendarFeed feed) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        feed.salt = Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
        feed.tokenHash = hash(token(feed.salt));
        feed.createdAt = Instant.now();
    }

    String token(String salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(feedKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(salt.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feed of a token, or empty for an unknown (or revoked) one. */
    public Optional<String> feed(String token) {
        String hash = hash(token);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT tenant_id, CAST(seeker_id AS TEXT) FROM calendar_feed WHERE token_hash = ?1")
                .setParameter(1, hash).getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String tenant = (String) rows.get(0)[0];
        UUID seekerId = UUID.fromString((String) rows.get(0)[1]);
        return Optional.of(TenantScope.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> render(tenant, seekerId))));
    }

    String render(String tenant, UUID seekerId) {
        Client seeker = Client.findById(seekerId);
        String language = DraftComposer.language(seeker == null ? null : seeker.locale);
        boolean nb = "nb".equals(language);
        LocalDate today = LocalDate.now(Reminders.zoneOf(seeker));
        EffectivePolicy policy = policies.effective(tenant);
        Instant now = Instant.now();
        Ics ics = new Ics()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", "-//Coachline//Reminders//EN")
                .line("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", nb ? "Coachline-oppfølginger" : "Coachline follow-ups");
        List<Reminder> open = Reminder.list("seekerId = ?1 and status in ?2 order by dueOn, id", seekerId,
                List.of(ReminderStatus.SCHEDULED, ReminderStatus.DUE, ReminderStatus.SNOOZED));
        var cache = new HashMap<UUID, io.coachline.reminder.plan.ApplicationState>();
        for (Reminder r : open) {
            LocalDate day = r.effectiveDueOn();
            if (day.isBefore(today.minusDays(30))) {
                continue;
            }
            Draft draft = reminders.draft(r, policy, cache);
            ics.line("BEGIN", "VEVENT")
                    .line("UID", r.id + "@coachline")
                    .utc("DTSTAMP", r.updatedAt == null ? now : r.updatedAt)
                    .date("DTSTART", day)
                    .date("DTEND", day.plusDays(1))
                    .text("SUMMARY", RuleTitle.of(Rule.valueOf(r.rule), language) + ": " + draft.subject())
                    .text("DESCRIPTION", WhyNow.text(r.reason, language) + "\n\n" + draft.body())
                    .line("TRANSP", "TRANSPARENT")
                    .line("END", "VEVENT");
        }
        for (ApplicationCopy a : ApplicationCopy.<ApplicationCopy>list("seekerId", seekerId)) {
            JsonNode app;
            try {
                app = json.readTree(a.data);
            } catch (Exception e) {
                continue;
            }
            for (JsonNode i : app.path("interviews")) {
                Instant at = ApplicationStates.instant(i.path("scheduledAt"));
                if (at == null || at.isBefore(now.minusSeconds(86_400)) || !i.path("completedAt").isNull()
                        && !i.path("completedAt").isMissingNode()) {
                    continue;
                }
                ics.line("BEGIN", "VEVENT")
                        .line("UID", "interview-" + i.path("id").asText() + "@coachline")
                        .utc("DTSTAMP", a.updatedAt)
                        .utc("DTSTART", at)
                        .utc("DTEND", at.plusSeconds(3600))
                        .text("SUMMARY", (nb ? "Intervju, runde " : "Interview round ") + i.path("round").asInt(1) + ": "
                                + app.path("employer").asText("") + " – " + app.path("position").asText(""))
                        .text("LOCATION", app.path("location").asText(""))
                        .line("END", "VEVENT");
            }
        }
        return ics.line("END", "VCALENDAR").toString();
    }
}
