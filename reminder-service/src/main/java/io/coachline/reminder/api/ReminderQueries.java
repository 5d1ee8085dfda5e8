package io.coachline.reminder.api;

import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.reminder.draft.DraftComposer;
import io.coachline.reminder.people.Client;
import io.coachline.reminder.plan.ApplicationState;
import io.coachline.reminder.policy.EffectivePolicy;
import io.coachline.reminder.policy.PolicyService;
import io.coachline.reminder.reminders.Reminder;
import io.coachline.reminder.reminders.ReminderEvents;
import io.coachline.reminder.reminders.ReminderStatus;
import io.coachline.reminder.reminders.Reminders;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading and acting on reminders, with the authorisation rules of api.md (anything else is 404). */
@ApplicationScoped
public class ReminderQueries {

    @Inject
    Reminders reminders;

    @Inject
    PolicyService policies;

    @Inject
    ReminderEvents events;

    public static int limit(Integer limit) {
        int l = limit == null ? 50 : limit;
        if (l < 1 || l > 500) {
            throw ProblemException.invalid("limit", "must be between 1 and 500");
        }
        return l;
    }

    @Transactional
    public ReminderView.Page own(Caller caller, String status, UUID applicationId, LocalDate from, LocalDate to,
                                 Integer limit, String cursor) {
        int l = limit(limit);
        List<FieldError> errors = new ArrayList<>();
        ReminderStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = ReminderStatus.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be one of SCHEDULED, DUE, DONE, SNOOZED, DISMISSED, CANCELLED"));
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        StringBuilder q = new StringBuilder("seekerId = :seeker");
        Parameters p = Parameters.with("seeker", caller.id());
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                LocalDate d = LocalDate.parse(parts[0]);
                UUID id = UUID.fromString(parts[1]);
                q.append(" and (dueOn > :cd or (dueOn = :cd and id > :cid))");
                p.and("cd", d).and("cid", id);
            } catch (RuntimeException e) {
                errors.add(new FieldError("cursor", "is not a cursor this API gave out"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The request has " + errors.size() + " invalid field(s).", errors);
        }
        if (st != null) {
            q.append(" and status = :status");
            p.and("status", st);
        }
        if (applicationId != null) {
            q.append(" and applicationId = :app");
            p.and("app", applicationId);
        }
        if (from != null) {
            q.append(" and dueOn >= :from");
            p.and("from", from);
        }
        if (to != null) {
            q.append(" and dueOn <= :to");
            p.and("to", to);
        }
        List<Reminder> found = Reminder.find(q.toString(), Sort.by("dueOn").and("id"), p).page(0, l + 1).list();
        boolean more = found.size() > l;
        List<Reminder> page = more ? found.subList(0, l) : found;
        String next = more ? Base64.getUrlEncoder().withoutPadding().encodeToString(
                (page.get(l - 1).dueOn + "|" + page.get(l - 1).id).getBytes(StandardCharsets.UTF_8)) : null;
        return new ReminderView.Page(views(caller.tenant(), page), next);
    }

    @Transactional
    public ReminderView one(Caller caller, UUID id) {
        Reminder r = readable(caller, id);
        return views(caller.tenant(), List.of(r)).get(0);
    }

    /** A client's reminders for their assigned coach or an admin: overdue first, then by day. */
    @Transactional
    public ReminderView.Page ofClient(Caller caller, UUID seekerId, Integer limit, String cursor) {
        int l = limit(limit);
        Client client = Client.findById(seekerId);
        if (client == null || !"SEEKER".equalsIgnoreCase(client.role) || !(caller.isAdmin()
                || (caller.isCoach() && caller.id().equals(client.coachId)))) {
            throw ProblemException.notFound("Client " + seekerId);
        }
        int offset = 0;
        if (cursor != null && !cursor.isBlank()) {
            try {
                offset = Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this API gave out");
            }
        }
        LocalDate today = LocalDate.now(Reminders.zoneOf(client));
        List<Reminder> all = new ArrayList<>(Reminder.<Reminder>list("seekerId", seekerId));
        all.sort(Comparator.<Reminder, Boolean>comparing(r -> !(r.status.isOpen() && r.effectiveDueOn().isBefore(today)))
                .thenComparing(Reminder::effectiveDueOn).thenComparing(r -> r.id));
        int end = Math.min(all.size(), offset + l);
        List<Reminder> page = offset >= all.size() ? List.of() : all.subList(offset, end);
        String next = end < all.size() ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Integer.toString(end).getBytes(StandardCharsets.UTF_8)) : null;
        return new ReminderView.Page(views(caller.tenant(), page), next);
    }

    @Transactional
    public ReminderView done(Caller caller, UUID id) {
        Reminder r = owned(caller, id);
        requireOpen(r, "done");
        r.status = ReminderStatus.DONE;
        r.updatedAt = Instant.now();
        events.publish(r, ReminderEvents.DONE);
        return views(caller.tenant(), List.of(r)).get(0);
    }

    @Transactional
    public ReminderView dismiss(Caller caller, UUID id) {
        Reminder r = owned(caller, id);
        requireOpen(r, "dismissed");
        r.status = ReminderStatus.DISMISSED;
        r.updatedAt = Instant.now();
        events.publish(r, ReminderEvents.DISMISSED);
        return views(caller.tenant(), List.of(r)).get(0);
    }

    @Transactional
    public ReminderView snooze(Caller caller, UUID id, ReminderView.Snooze body) {
        Reminder r = owned(caller, id);
        Client seeker = Client.findById(r.seekerId);
        var zone = seeker != null ? Reminders.zoneOf(seeker) : caller.timeZone();
        LocalDate today = LocalDate.now(zone);
        if (body == null || body.until() == null) {
            throw ProblemException.invalid("until", "is required: the day to be reminded again");
        }
        if (!body.until().isAfter(today)) {
            throw ProblemException.invalid("until", "must be a future date (after " + today + ")");
        }
        if (body.until().isAfter(today.plusYears(1))) {
            throw ProblemException.invalid("until", "must be within a year");
        }
        requireOpen(r, "snoozed");
        EffectivePolicy policy = policies.effective(caller.tenant());
        r.status = ReminderStatus.SNOOZED;
        r.snoozedUntil = body.until();
        r.dueAt = policy.dueAt(body.until(), zone);
        r.dispatchedAt = null;
        r.updatedAt = Instant.now();
        events.publish(r, ReminderEvents.SNOOZED);
        return views(caller.tenant(), List.of(r)).get(0);
    }

    private static void requireOpen(Reminder r, String verb) {
        if (!r.status.isOpen()) {
            throw ProblemException.conflict("reminder-closed", "Reminder is closed",
                    "A " + r.status + " reminder cannot be " + verb + ".");
        }
    }

    /** Owner, the assigned coach, or an admin of the tenant; anyone else gets 404. */
    Reminder readable(Caller caller, UUID id) {
        Reminder r = Reminder.findById(id);
        if (r == null) {
            throw ProblemException.notFound("Reminder " + id);
        }
        if (r.seekerId.equals(caller.id()) || caller.isAdmin()) {
            return r;
        }
        if (caller.isCoach()) {
            Client c = Client.findById(r.seekerId);
            if (c != null && caller.id().equals(c.coachId)) {
                return r;
            }
        }
        throw ProblemException.notFound("Reminder " + id);
    }

    Reminder owned(Caller caller, UUID id) {
        Reminder r = Reminder.findById(id);
        if (r == null || !r.seekerId.equals(caller.id())) {
            throw ProblemException.notFound("Reminder " + id);
        }
        return r;
    }

    List<ReminderView> views(String tenant, List<Reminder> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        EffectivePolicy policy = policies.effective(tenant);
        Map<UUID, ApplicationState> cache = new HashMap<>();
        Map<UUID, LocalDate> todays = new HashMap<>();
        List<ReminderView> views = new ArrayList<>();
        for (Reminder r : page) {
            LocalDate today = todays.computeIfAbsent(r.seekerId,
                    s -> LocalDate.now(Reminders.zoneOf(Client.findById(s))));
            Client seeker = Client.findById(r.seekerId);
            views.add(ReminderView.of(r, reminders.draft(r, policy, cache), today,
                    DraftComposer.language(seeker == null ? null : seeker.locale)));
        }
        return views;
    }
}
