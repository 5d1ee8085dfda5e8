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
    public static final Set<String> APPLICATION_EVENTS = io.coachline.common.events.tracker.ApplicationChanged.TYPES;

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
        onApplicationEvents(List.of(event));
    }

    /**
     * Application events of one tenant, in order, in the caller's transaction: what they need is looked up
     * once for all (stored copies, seekers, reminders, the policy); then each is applied as on its own.
     */
    public void onApplicationEvents(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String tenant = events.get(0).tenant();
        Batch batch = new Batch(policies.effective(tenant));
        if (events.size() > 1) {
            prefetch(events, batch);
        }
        for (IncomingEvent e : events) {
            apply(e, batch);
        }
    }

    /**
     * What a run of events shares: the tenant's policy; when looked up for the whole run, the stored copies
     * of its applications, their reminders and the seekers' applications to the same employers (kept up to
     * date as the run goes on); whatever was not looked up is found one by one.
     */
    static final class Batch {
        final EffectivePolicy policy;
        final Map<UUID, List<Reminder>> reminders = new HashMap<>();
        /** The run's seekers as looked up (null: no such person yet); a query per event would dirty-check the whole run. */
        final Map<UUID, Client> seekers = new HashMap<>();
        /** The run's application ids, whose stored copies (if any) are in {@link #copies}. */
        final Set<UUID> looked = new java.util.HashSet<>();
        /** null: not looked up; else every stored copy of the run's applications. */
        Map<UUID, ApplicationCopy> copies;
        /** "seeker employerKey" → the copies, for the seekers and employer keys of the run. */
        Map<String, List<ApplicationCopy>> byEmployer;

        Batch(EffectivePolicy policy) {
            this.policy = policy;
        }

        Client seeker(UUID id) {
            return seekers.containsKey(id) ? seekers.get(id) : Client.findById(id);
        }

        List<Reminder> of(UUID applicationId) {
            return reminders.computeIfAbsent(applicationId,
                    id -> new ArrayList<>(Reminder.<Reminder>list("applicationId", id)));
        }

        static String employer(UUID seeker, String key) {
            return seeker + " " + key;
        }
    }

    private void prefetch(List<IncomingEvent> events, Batch batch) {
        Set<UUID> ids = new java.util.HashSet<>();
        Set<UUID> seekers = new java.util.HashSet<>();
        Set<String> keys = new java.util.HashSet<>();
        Set<String> pairs = new java.util.HashSet<>();
        for (IncomingEvent e : events) {
            JsonNode app = e.data().path("application");
            uuid(app.path("id").asText(e.data().path("applicationId").asText())).ifPresent(ids::add);
            String key = EmployerName.normalise(ApplicationStates.text(app.path("employer")));
            keys.add(key);
            uuid(app.path("seekerId").asText()).ifPresent(seeker -> {
                seekers.add(seeker);
                pairs.add(Batch.employer(seeker, key));
            });
        }
        prefetch(batch, ids, seekers, keys, pairs);
    }

    /** Re-plans stored applications together (a page of a tenant's re-plan): what they need is read once. */
    public void reconcileAll(String tenant, List<ApplicationCopy> copies, EffectivePolicy policy, Instant now) {
        Batch batch = new Batch(policy);
        Set<UUID> ids = new java.util.HashSet<>();
        Set<UUID> seekers = new java.util.HashSet<>();
        Set<String> keys = new java.util.HashSet<>();
        Set<String> pairs = new java.util.HashSet<>();
        for (ApplicationCopy c : copies) {
            ids.add(c.id);
            seekers.add(c.seekerId);
            String key = c.employerKey != null ? c.employerKey
                    : EmployerName.normalise(ApplicationStates.text(read(c.data).path("employer")));
            keys.add(key);
            pairs.add(Batch.employer(c.seekerId, key));
        }
        prefetch(batch, ids, seekers, keys, pairs);
        for (ApplicationCopy c : copies) {
            reconcile(tenant, c, policy, now, batch);
        }
    }

    /** @param pairs the (seeker, employer key) pairs whose applications the run will ask for ({@link Batch#employer}) */
    private void prefetch(Batch batch, Set<UUID> ids, Set<UUID> seekers, Set<String> keys, Set<String> pairs) {
        seekers.forEach(id -> batch.seekers.put(id, null)); // a seeker not announced yet is known absent, too
        Client.<Client>list("id in ?1", seekers).forEach(c -> batch.seekers.put(c.id, c));
        batch.copies = new HashMap<>();
        ApplicationCopy.<ApplicationCopy>list("id in ?1", ids).forEach(c -> batch.copies.put(c.id, c));
        batch.byEmployer = new HashMap<>();
        for (String pair : pairs) {
            batch.byEmployer.put(pair, new ArrayList<>());
        }
        for (ApplicationCopy c : batch.copies.values()) { // an application's own former employer, too
            if (c.employerKey != null) {
                keys.add(c.employerKey);
                batch.byEmployer.putIfAbsent(Batch.employer(c.seekerId, c.employerKey), new ArrayList<>());
            }
        }
        List<ApplicationCopy> same = ApplicationCopy.list(
                "seekerId in ?1 and (employerKey in ?2 or employerKey is null)", seekers, keys);
        for (ApplicationCopy c : same) {
            if (c.employerKey == null) {
                c.employerKey = EmployerName.normalise(ApplicationStates.text(read(c.data).path("employer")));
            }
            List<ApplicationCopy> list = batch.byEmployer.get(Batch.employer(c.seekerId, c.employerKey));
            if (list != null) {
                list.add(c);
            }
        }
        batch.looked.addAll(ids);
        Set<UUID> planned = new java.util.HashSet<>(ids); // and the siblings that the run re-plans
        same.forEach(c -> planned.add(c.id));
        planned.forEach(id -> batch.reminders.put(id, new ArrayList<>()));
        Reminder.<Reminder>list("applicationId in ?1", planned).forEach(r -> batch.reminders.get(r.applicationId).add(r));
    }

    private static java.util.Optional<UUID> uuid(String s) {
        try {
            return java.util.Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private void apply(IncomingEvent event, Batch batch) {
        JsonNode app = event.data().path("application");
        if (!app.isObject()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " carries no application");
        }
        UUID id = UUID.fromString(app.path("id").asText(event.data().path("applicationId").asText()));
        Instant updatedAt = ApplicationStates.instant(app.path("updatedAt"));
        ApplicationCopy copy = batch.copies != null && batch.looked.contains(id) ? batch.copies.get(id)
                : ApplicationCopy.findById(id);
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
            if (batch.copies != null) {
                batch.copies.put(id, copy);
            }
        } else {
            fill(copy, app, updatedAt);
        }
        if (batch.byEmployer != null && !java.util.Objects.equals(employerBefore, copy.employerKey)) {
            List<ApplicationCopy> former = batch.byEmployer.get(Batch.employer(copy.seekerId, employerBefore));
            if (former != null) {
                former.remove(copy);
            }
            List<ApplicationCopy> now = batch.byEmployer.get(Batch.employer(copy.seekerId, copy.employerKey));
            if (now != null && !now.contains(copy)) {
                now.add(copy);
            }
        }
        EffectivePolicy policy = batch.policy;
        Instant now = Instant.now();
        reconcile(event.tenant(), copy, policy, now, batch);
        // the cool-down is per employer: a contact logged here moves the follow-ups of the seeker's other
        // applications to the same employer (re-planning an unchanged one writes nothing)
        List<ApplicationCopy> siblings = new ArrayList<>(sameEmployer(copy, batch));
        if (employerBefore != null && !employerBefore.isEmpty() && !employerBefore.equals(copy.employerKey)) {
            // the employer was renamed: the applications to the former one lose this one's contacts
            siblings.addAll(ApplicationCopy.list("seekerId = ?1 and id <> ?2 and employerKey = ?3",
                    copy.seekerId, copy.id, employerBefore));
        }
        for (ApplicationCopy sibling : siblings) {
            reconcile(event.tenant(), sibling, policy, now, batch);
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
    List<ApplicationCopy> sameEmployer(ApplicationCopy copy, Batch batch) {
        if (copy.employerKey == null) {
            copy.employerKey = EmployerName.normalise(ApplicationStates.text(read(copy.data).path("employer")));
        }
        if (copy.employerKey.isEmpty()) {
            return List.of();
        }
        List<ApplicationCopy> known = batch.byEmployer == null ? null
                : batch.byEmployer.get(Batch.employer(copy.seekerId, copy.employerKey));
        if (known != null) {
            return known.stream().filter(s -> !s.id.equals(copy.id)).toList();
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
    List<LocalDate> employerContacts(String tenant, ApplicationCopy copy, ZoneId zone, Batch batch) {
        List<LocalDate> days = new ArrayList<>();
        for (ApplicationCopy sibling : sameEmployer(copy, batch)) {
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
        return reconcile(tenant, copy, policy, now, new Batch(policy));
    }

    private Outcome reconcile(String tenant, ApplicationCopy copy, EffectivePolicy policy, Instant now, Batch batch) {
        Client seeker = batch.seeker(copy.seekerId);
        ZoneId zone = zoneOf(seeker);
        ApplicationState state = ApplicationStates.from(tenant, read(copy.data), zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        List<PlannedReminder> plan = FollowUpPlanner.plan(state, policy.numbers(), policy.calendar(), today,
                employerContacts(tenant, copy, zone, batch));

        List<Reminder> known = batch.of(copy.id);
        Map<String, Reminder> stored = known.stream().collect(Collectors.toMap(r -> r.planKey, Function.identity()));
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
                known.add(r);
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
