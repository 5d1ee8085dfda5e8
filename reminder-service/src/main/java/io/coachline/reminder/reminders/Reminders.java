package io.coachline.reminder.reminders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.events.IncomingEvent;
import io.coachline.reminder.draft.Draft;
import io.coachline.reminder.draft.DraftComposer;
import io.coachline.reminder.draft.RuleTitle;
import io.coachline.reminder.draft.WhyNow;
import io.coachline.reminder.draft.DraftContext;
import io.coachline.common.people.Client;
import io.coachline.reminder.plan.ApplicationState;
import io.coachline.reminder.plan.EmployerName;
import io.coachline.reminder.plan.FollowUpPlanner;
import io.coachline.reminder.plan.LateArrivals;
import io.coachline.reminder.plan.PlanContext;
import io.coachline.reminder.plan.PlannedReminder;
import io.coachline.reminder.plan.Rule;
import io.coachline.reminder.policy.EffectivePolicy;
import io.coachline.reminder.policy.PolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The projection of applications and the reconcile of their reminders. Every application event
 * replaces the stored copy (unless it is older), re-plans that application and reconciles the plan
 * with the stored reminders by (application id, key). Runs in the caller's transaction and tenant.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    /** The tracker's application events (each carries the full application after the change). */
    public static final Set<String> APPLICATION_EVENTS = Set.of(
            "tracker.application.created.v1", "tracker.application.updated.v1",
            "tracker.application.stage-changed.v1", "tracker.contact.added.v1",
            "tracker.interview.scheduled.v1", "tracker.interview.completed.v1",
            "tracker.interaction.logged.v1");

    @Inject
    ObjectMapper json;

    @Inject
    PolicyService policies;

    @Inject
    ReminderEvents events;

    /** What one reconcile did. */
    public record Outcome(int created, int moved, int cancelled, int unchanged) {
        public boolean changedAnything() {
            return created + moved + cancelled > 0;
        }
    }

    public void onApplicationEvent(IncomingEvent event) {
        JsonNode app = event.data().path("application");
        if (!app.isObject()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " carries no application");
        }
        UUID id = UUID.fromString(app.path("id").asText(event.data().path("applicationId").asText()));
        Instant updatedAt = ApplicationStates.instant(app.path("updatedAt"));
        ApplicationCopy copy = ApplicationCopy.findById(id);
        if (copy != null && updatedAt != null && copy.updatedAt.isAfter(updatedAt)) {
            LOG.debugf("ignoring %s of %s: older than the stored copy", event.type(), id);
            return;
        }
        String employerBefore = copy == null ? null : copy.employerKey;
        if (copy == null) {
            copy = new ApplicationCopy();
            copy.id = id;
            copy.tenantId = event.tenant();
            fill(copy, app, updatedAt);
            copy.persist();
        } else {
            fill(copy, app, updatedAt);
        }
        EffectivePolicy policy = policies.effective(event.tenant());
        Instant now = Instant.now();
        reconcile(event.tenant(), copy, policy, now);
        // the cool-down is per employer: a contact logged here moves the follow-ups of the seeker's other
        // applications to the same employer (re-planning an unchanged one writes nothing)
        List<ApplicationCopy> siblings = new ArrayList<>(sameEmployer(copy));
        if (employerBefore != null && !employerBefore.isEmpty() && !employerBefore.equals(copy.employerKey)) {
            // the employer was renamed: the applications to the former one lose this one's contacts
            siblings.addAll(ApplicationCopy.list("seekerId = ?1 and id <> ?2 and employerKey = ?3",
                    copy.seekerId, copy.id, employerBefore));
        }
        for (ApplicationCopy sibling : siblings) {
            reconcile(event.tenant(), sibling, policy, now);
        }
    }

    private static void fill(ApplicationCopy copy, JsonNode app, Instant updatedAt) {
        copy.seekerId = UUID.fromString(app.path("seekerId").asText());
        copy.stage = app.path("stage").asText("WISHLIST");
        copy.updatedAt = updatedAt == null ? Instant.now() : updatedAt;
        copy.data = app.toString();
        copy.employerKey = EmployerName.normalise(ApplicationStates.text(app.path("employer")));
    }

    /** The seeker's other applications to the same employer (rows stored before the key existed get it now). */
    List<ApplicationCopy> sameEmployer(ApplicationCopy copy) {
        if (copy.employerKey == null) {
            copy.employerKey = EmployerName.normalise(ApplicationStates.text(read(copy.data).path("employer")));
        }
        if (copy.employerKey.isEmpty()) {
            return List.of();
        }
        List<ApplicationCopy> found = ApplicationCopy.list(
                "seekerId = ?1 and id <> ?2 and (employerKey = ?3 or employerKey is null)",
                copy.seekerId, copy.id, copy.employerKey);
        return found.stream().filter(s -> {
            if (s.employerKey == null) {
                s.employerKey = EmployerName.normalise(ApplicationStates.text(read(s.data).path("employer")));
            }
            return s.employerKey.equals(copy.employerKey);
        }).toList();
    }

    /** Days of the seeker's outbound contacts with this application's employer, logged on their other applications. */
    List<LocalDate> employerContacts(String tenant, ApplicationCopy copy, ZoneId zone) {
        List<LocalDate> days = new ArrayList<>();
        for (ApplicationCopy sibling : sameEmployer(copy)) {
            ApplicationStates.from(tenant, read(sibling.data), zone).interactions().stream()
                    .filter(PlanContext::startsCoolDown)
                    .forEach(i -> days.add(i.on()));
        }
        return days;
    }

    /** Re-plans every application of a seeker (their time zone may have changed). */
    public void replanSeeker(String tenant, UUID seekerId) {
        List<ApplicationCopy> apps = ApplicationCopy.list("seekerId", seekerId);
        if (apps.isEmpty()) {
            return;
        }
        EffectivePolicy policy = policies.effective(tenant);
        apps.forEach(a -> reconcile(tenant, a, policy, Instant.now()));
    }

    /** Re-plans one application and brings its stored reminders in line with the plan. */
    public Outcome reconcile(String tenant, ApplicationCopy copy, EffectivePolicy policy, Instant now) {
        Client seeker = Client.findById(copy.seekerId);
        ZoneId zone = zoneOf(seeker);
        ApplicationState state = ApplicationStates.from(tenant, read(copy.data), zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        List<PlannedReminder> plan = FollowUpPlanner.plan(state, policy.numbers(), policy.calendar(), today,
                employerContacts(tenant, copy, zone));

        Map<String, Reminder> stored = Reminder.<Reminder>list("applicationId", copy.id).stream()
                .collect(Collectors.toMap(r -> r.planKey, Function.identity()));
        Map<String, PlannedReminder> wanted = new LinkedHashMap<>();
        plan.forEach(p -> wanted.put(p.key(), p));
        // history logged after the fact: overdue steps that a later overdue step stands for arrive as MISSED
        Set<String> missed = LateArrivals.missed(plan, today,
                key -> stored.containsKey(key) && stored.get(key).status != ReminderStatus.CANCELLED);

        int created = 0;
        int moved = 0;
        int cancelled = 0;
        int unchanged = 0;
        for (PlannedReminder p : wanted.values()) {
            Reminder r = stored.get(p.key());
            Instant dueAt = policy.dueAt(p.dueOn(), zone);
            if (r == null) {
                r = new Reminder();
                r.id = UUID.randomUUID();
                r.tenantId = tenant;
                r.applicationId = copy.id;
                r.seekerId = copy.seekerId;
                r.planKey = p.key();
                r.status = missed.contains(p.key()) ? ReminderStatus.MISSED : ReminderStatus.SCHEDULED;
                r.createdAt = now;
                r.updatedAt = now;
                apply(r, p, dueAt);
                r.persist();
                events.publish(r, r.status == ReminderStatus.MISSED ? ReminderEvents.MISSED : ReminderEvents.SCHEDULED);
                created++;
                continue;
            }
            if (r.status.isFinal()) {
                unchanged++;
                continue; // the seeker closed it, or it was missed on arrival: never touched again
            }
            if (r.status == ReminderStatus.CANCELLED && missed.contains(p.key())) {
                apply(r, p, dueAt);
                r.status = ReminderStatus.MISSED;
                r.updatedAt = now;
                events.publish(r, ReminderEvents.MISSED);
                moved++;
                continue;
            }
            boolean same = r.dueOn.equals(p.dueOn()) && r.contactIds.equals(Reminder.joinContacts(p.contactIds()))
                    && Objects.equals(r.interviewId, p.interviewId()) && r.reason.equals(p.reason())
                    && r.rule.equals(p.rule().name());
            if (r.status == ReminderStatus.CANCELLED) {
                // the plan wants it again (e.g. a re-opened application): back to SCHEDULED
                apply(r, p, dueAt);
                r.status = ReminderStatus.SCHEDULED;
                r.dispatchedAt = null;
                r.updatedAt = now;
                events.publish(r, ReminderEvents.SCHEDULED);
                moved++;
            } else if (same && (r.status != ReminderStatus.SCHEDULED || r.dueAt.equals(dueAt))) {
                unchanged++;
            } else if (r.status == ReminderStatus.SNOOZED) {
                // keeps its snooze date (and the instant it falls due); only what it is about follows the plan
                LocalDate snoozed = r.snoozedUntil;
                Instant snoozedAt = r.dueAt;
                apply(r, p, snoozedAt);
                r.snoozedUntil = snoozed;
                r.updatedAt = now;
                moved++;
            } else {
                boolean dayChanged = !r.dueOn.equals(p.dueOn());
                apply(r, p, dueAt);
                if (r.status == ReminderStatus.DUE && dayChanged && dueAt.isAfter(now)) {
                    r.status = ReminderStatus.SCHEDULED; // moved to a later day: falls due again then
                    r.dispatchedAt = null;
                }
                r.updatedAt = now;
                if (dayChanged) {
                    events.publish(r, ReminderEvents.SCHEDULED);
                }
                moved++;
            }
        }
        for (Reminder r : stored.values()) {
            if (!wanted.containsKey(r.planKey) && r.status.isOpen()) {
                r.status = ReminderStatus.CANCELLED;
                r.updatedAt = now;
                events.publish(r, ReminderEvents.CANCELLED);
                cancelled++;
            }
        }
        return new Outcome(created, moved, cancelled, unchanged);
    }

    private static void apply(Reminder r, PlannedReminder p, Instant dueAt) {
        r.rule = p.rule().name();
        r.dueOn = p.dueOn();
        r.dueAt = dueAt;
        r.contactIds = Reminder.joinContacts(p.contactIds());
        r.interviewId = p.interviewId();
        r.reason = p.reason();
    }

    /** The draft of a reminder in the seeker's language, from the tenant's templates. */
    public Draft draft(Reminder r, EffectivePolicy policy, Map<UUID, ApplicationState> cache) {
        Client seeker = Client.findById(r.seekerId);
        ApplicationState state = cache == null ? null : cache.get(r.applicationId);
        if (state == null) {
            ApplicationCopy copy = ApplicationCopy.findById(r.applicationId);
            if (copy == null) {
                String language = DraftComposer.language(seeker == null ? null : seeker.locale);
                return new Draft(RuleTitle.of(Rule.valueOf(r.rule), language), WhyNow.text(r.reason, language));
            }
            state = ApplicationStates.from(r.tenantId, read(copy.data), zoneOf(seeker));
            if (cache != null) {
                cache.put(r.applicationId, state);
            }
        }
        PlannedReminder planned = new PlannedReminder(Rule.valueOf(r.rule), r.dueOn, r.planKey, r.contacts(),
                r.interviewId, r.reason);
        Locale locale = seeker == null || seeker.locale == null ? Locale.ENGLISH : Locale.forLanguageTag(seeker.locale);
        return DraftComposer.compose(planned.rule(), DraftContext.from(state, planned, seeker == null ? null : seeker.displayName),
                locale, policy.templates());
    }

    public Draft draft(Reminder r, EffectivePolicy policy) {
        return draft(r, policy, new HashMap<>());
    }

    public static ZoneId zoneOf(Client seeker) {
        if (seeker == null || seeker.timeZone == null || seeker.timeZone.isBlank()) {
            return ZoneId.of("Europe/Oslo");
        }
        try {
            return ZoneId.of(seeker.timeZone);
        } catch (DateTimeException e) {
            return ZoneId.of("Europe/Oslo");
        }
    }

    JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored application copy is not JSON", e);
        }
    }
}
