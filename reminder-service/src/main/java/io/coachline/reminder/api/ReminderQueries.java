package io.coachline.reminder.api;

import io.coachline.common.paging.Cursor;
import io.coachline.common.paging.PageLimit;
import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.SeekerAccess;
import io.coachline.reminder.draft.DraftComposer;
import io.coachline.common.people.Client;
import io.coachline.reminder.plan.ApplicationState;
import io.coachline.reminder.policy.EffectivePolicy;
import io.coachline.reminder.policy.PolicyService;
import io.coachline.reminder.reminders.Reminder;
import io.coachline.reminder.reminders.ReminderEvents;
import io.coachline.reminder.reminders.ReminderStatus;
import io.coachline.reminder.reminders.Reminders;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading and acting on reminders, with the authorisation rules of api.md (anything else is 404). */
@ApplicationScoped
@Transactional
public class ReminderQueries {

    @Inject
    Reminders reminders;

    @Inject
    PolicyService policies;

    @Inject
    ReminderEvents events;

    /** The names in the cursors (common {@link Cursor}) of the two lists: by (overdue first, dueOn, id), and by position. */
    static final String OWN = "reminders";
    static final String OF_CLIENT = "client-reminders";

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReminderView.Page own(Caller caller, String status, UUID applicationId, LocalDate from, LocalDate to,
                                 String limit, String cursor) {
        int l = PageLimit.of(limit);
        List<FieldError> errors = new ArrayList<>();
        ReminderStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = ReminderStatus.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be one of SCHEDULED, DUE, DONE, SNOOZED, DISMISSED, CANCELLED, MISSED"));
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        // overdue open reminders first (most overdue first), then everything else by day: keyset on (rank, dueOn, id)
        Client self = Client.findById(caller.id());
        LocalDate today = LocalDate.now(self != null ? Reminders.zoneOf(self) : caller.timeZone());
        StringBuilder q = new StringBuilder("seekerId = :seeker");
        Parameters p = Parameters.with("seeker", caller.id()).and("today", today)
                .and("open", List.of(ReminderStatus.SCHEDULED, ReminderStatus.DUE, ReminderStatus.SNOOZED))
                .and("snoozed", ReminderStatus.SNOOZED);
        try {
            Cursor after = Cursor.decode(OWN, cursor, 3);
            if (after != null) {
                int rank = after.offset(0);
                if (rank > 1) {
                    throw ProblemException.invalid("cursor", Cursor.INVALID);
                }
                q.append(" and (" + OVERDUE_RANK + " > :cr or (" + OVERDUE_RANK
                        + " = :cr and (dueOn > :cd or (dueOn = :cd and id > :cid))))");
                p.and("cr", rank).and("cd", after.date(1)).and("cid", after.id(2));
            }
        } catch (ProblemException e) {
            errors.addAll(e.problem().errors());
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
        q.append(" order by ").append(OVERDUE_RANK).append(", dueOn, id");
        List<Reminder> found = Reminder.<Reminder>find(q.toString(), p).page(0, l + 1).list();
        boolean more = found.size() > l;
        List<Reminder> page = more ? found.subList(0, l) : found;
        Reminder last = more ? page.get(l - 1) : null;
        String next = more ? Cursor.encode(OWN, isOverdue(last, today) ? 0 : 1, last.dueOn, last.id) : null;
        return new ReminderView.Page(views(caller.tenant(), page), next);
    }

    /** 0 for an open reminder whose (snoozed) day has passed, else 1; {@link #isOverdue} says the same in Java. */
    static final String OVERDUE_RANK = "(case when status in :open and (case when status = :snoozed and snoozedUntil"
            + " is not null then snoozedUntil else dueOn end) < :today then 0 else 1 end)";

    static boolean isOverdue(Reminder r, LocalDate today) {
        return r.status.isOpen() && r.effectiveDueOn().isBefore(today);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReminderView one(Caller caller, UUID id) {
        Reminder r = readable(caller, id);
        return views(caller.tenant(), List.of(r)).get(0);
    }

    /** A client's reminders for their assigned coach or an admin: overdue first, then by day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReminderView.Page ofClient(Caller caller, UUID seekerId, String limit, String cursor) {
        int l = PageLimit.of(limit);
        Client client = Client.findById(seekerId);
        if (client == null || !"SEEKER".equalsIgnoreCase(client.role) || !(caller.isAdmin()
                || SeekerAccess.isCoachOf(caller, client.coachId))) {
            throw ProblemException.notFound("Client " + seekerId);
        }
        Cursor at = Cursor.decode(OF_CLIENT, cursor, 1);
        int offset = at == null ? 0 : at.offset(0);
        LocalDate today = LocalDate.now(Reminders.zoneOf(client));
        List<Reminder> all = new ArrayList<>(Reminder.<Reminder>list("seekerId", seekerId));
        all.sort(Comparator.<Reminder, Boolean>comparing(r -> !isOverdue(r, today))
                .thenComparing(Reminder::effectiveDueOn).thenComparing(r -> r.id));
        int end = Math.min(all.size(), offset + l);
        List<Reminder> page = offset >= all.size() ? List.of() : all.subList(offset, end);
        String next = end < all.size() ? Cursor.encode(OF_CLIENT, end) : null;
        return new ReminderView.Page(views(caller.tenant(), page), next);
    }

    public ReminderView done(Caller caller, UUID id) {
        Reminder r = owned(caller, id);
        requireOpen(r, "done");
        r.status = ReminderStatus.DONE;
        r.updatedAt = Instant.now();
        events.publish(r, ReminderEvents.DONE);
        return views(caller.tenant(), List.of(r)).get(0);
    }

    public ReminderView dismiss(Caller caller, UUID id) {
        Reminder r = owned(caller, id);
        requireOpen(r, "dismissed");
        r.status = ReminderStatus.DISMISSED;
        r.updatedAt = Instant.now();
        events.publish(r, ReminderEvents.DISMISSED);
        return views(caller.tenant(), List.of(r)).get(0);
    }

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
        if (SeekerAccess.mayRead(caller, r.seekerId, () -> {
            Client c = Client.findById(r.seekerId);
            return c == null ? null : c.coachId;
        })) {
            return r;
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
