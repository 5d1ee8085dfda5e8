package io.coachline.tracker.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.paging.Cursor;
import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.problem.ProblemMappers;
import io.coachline.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The seeker's application log: create, change, move through the stages, list. */
@ApplicationScoped
@Transactional
@io.coachline.common.retry.RetryTransient
public class Applications {

    /** Fields a PATCH may change; the stage moves only through {@link #move}. */
    static final Set<String> PATCHABLE = Set.of("employer", "position", "adUrl", "location", "sector", "source",
            "priority", "appliedOn", "nextContactOn", "notes");

    public record Warning(String code, String message) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    /** The name in this list's cursors (common {@link Cursor}): newest first by (createdAt, id). */
    static final String LIST = "applications";

    @Inject
    ApplicationEvents events;

    @Inject
    ApplicationAccess access;

    @Inject
    Validator validator;

    @Inject
    io.coachline.common.concurrency.EntityTags tags;

    @Inject
    ObjectMapper json;

    @Inject
    io.coachline.tracker.people.People people;

    @Inject
    io.coachline.tracker.policy.TenantPolicies policies;

    public record Created(ApplicationView application, List<Warning> warnings) {
    }

    public Created create(Caller seeker, NewApplication request) {
        Stage stage = request.stage() == null ? Stage.APPLIED : request.stage();
        if (stage != Stage.WISHLIST && stage != Stage.APPLIED) {
            throw ProblemException.invalid("stage", "A new application starts as WISHLIST or APPLIED; later stages are moves.");
        }
        Instant now = Instant.now();
        notAhead(request.appliedOn(), seeker.timeZone(), now);
        people.ensure(seeker);
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.seekerId = seeker.id();
        copy(request, a);
        a.stage = stage;
        // The stage history says when APPLIED was reached: the day it was sent, not the day it was typed in.
        Instant reached = stage == Stage.APPLIED ? FactDates.applied(a.appliedOn, seeker.timeZone(), now) : now;
        a.stageSince = reached;
        if (a.appliedOn == null && stage == Stage.APPLIED) {
            a.appliedOn = now.atZone(seeker.timeZone()).toLocalDate();
        }
        a.createdAt = now;
        a.updatedAt = now;
        a.persist();
        record(a, null, stage, reached, "Created", false);
        ApplicationView view = events.publish(a, ApplicationEvents.CREATED, Map.of());
        return new Created(view, stage.isActive() ? openApplicationsWarnings(seeker.id()) : List.of());
    }

    /** What the seeker is told while more applications are open than the tenant's policy suggests. */
    public record Limits(long openApplications, int softLimitOpenApplications, List<Warning> warnings) {
    }

    /**
     * The soft limit on open (active) applications, seed 001 and the tenant policy's
     * {@code softLimitOpenApplications}: a warning, never a block. Every path that makes an
     * application active calls this (create, WISHLIST to APPLIED, re-open, the CSV import).
     */
    public List<Warning> openApplicationsWarnings(UUID seekerId) {
        return limits(seekerId).warnings();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Limits limits(UUID seekerId) {
        List<Stage> activeStages = java.util.Arrays.stream(Stage.values()).filter(Stage::isActive).toList();
        long open = Application.count("seekerId = ?1 and stage in ?2", seekerId, activeStages);
        int limit = policies.softLimitOpenApplications(io.coachline.tracker.people.Person.byId(seekerId)
                .map(p -> p.tenantId).orElse(null));
        List<Warning> warnings = open <= limit ? List.of() : List.of(new Warning("open-applications-over-limit",
                "You have " + open + " open applications; your organisation suggests at most " + limit
                        + " so that you can follow each of them up well."));
        return new Limits(open, limit, warnings);
    }

    /**
     * An application from fields already validated elsewhere (the CSV import), copied as
     * {@link #create} copies them; the caller records its stage history and persists it.
     */
    public static Application of(UUID seekerId, NewApplication fields, Stage stage, Instant createdAt) {
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.seekerId = seekerId;
        copy(fields, a);
        a.stage = stage;
        a.stageSince = createdAt;
        a.createdAt = createdAt;
        a.updatedAt = createdAt;
        return a;
    }

    public ApplicationView patch(Caller seeker, UUID id, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "Must be a JSON object of the fields to change.");
        }
        Application a = access.writable(seeker, id);
        tags.check(a.version);
        tags.answer(() -> a.version);
        List<FieldError> errors = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if ("stage".equals(name)) {
                errors.add(new FieldError(name, "Stage changes are moves: POST /api/applications/" + id + "/stage."));
            } else if (!PATCHABLE.contains(name)) {
                errors.add(new FieldError(name, "Is not a field that can be changed."));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The patch names fields that cannot be changed.", errors);
        }
        // Merge onto the current values, then validate the whole as if it were new.
        Map<String, Object> merged = json.convertValue(current(a), Map.class);
        NewApplication next;
        try {
            merged.putAll(json.convertValue(patch, Map.class)); // whole, so that a refused value keeps its field name
            next = json.convertValue(merged, NewApplication.class);
        } catch (IllegalArgumentException e) {
            throw ProblemMappers.unreadable(e);
        }
        validate(next);
        notAhead(next.appliedOn(), seeker.timeZone(), Instant.now());
        copy(next, a);
        a.updatedAt = Instant.now();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("fields", iterable(patch.fieldNames()));
        return events.publish(a, ApplicationEvents.UPDATED, change);
    }

    /** The application after a move (its fields at the top level, as before) plus the soft-limit warnings. */
    public record Moved(@com.fasterxml.jackson.annotation.JsonUnwrapped ApplicationView application, List<Warning> warnings) {
    }

    public Moved move(Caller seeker, UUID id, StageMove move) {
        Application a = access.writable(seeker, id);
        tags.check(a.version);
        tags.answer(() -> a.version);
        Instant at = FactDates.move(move.at(), seeker.timeZone(), Instant.now(), a.stageSince);
        if (a.stage == move.stage() && move.stage() != Stage.INTERVIEW) {
            throw ProblemException.conflict("illegal-stage-move", "Illegal stage move",
                    "The application is already " + a.stage + ".");
        }
        boolean wasActive = a.stage.isActive();
        moveTo(a, move.stage(), at, move.note(), move.reopen());
        ApplicationView view = events.publish(a, ApplicationEvents.STAGE_CHANGED,
                Map.of("to", move.stage(), "reopen", move.reopen()));
        // WISHLIST to APPLIED and a re-open make one more application active.
        return new Moved(view, !wasActive && a.stage.isActive() ? openApplicationsWarnings(seeker.id()) : List.of());
    }

    /** Applies a legal move and records it; answers 409 naming the allowed moves otherwise. */
    public void moveTo(Application a, Stage to, Instant at, String note, boolean reopen) {
        try {
            StageMachine.check(a.stage, to, reopen);
        } catch (IllegalStageMove e) {
            Problem p = Problem.of(409, "illegal-stage-move", "Illegal stage move", e.getMessage())
                    .with("from", e.from())
                    .with("to", e.to())
                    .with("allowedMoves", e.allowed())
                    .with("allowedWithReopen", e.allowedWithReopen());
            throw new ProblemException(p);
        }
        Stage from = a.stage;
        a.stage = to;
        a.stageSince = at;
        a.updatedAt = Instant.now();
        if (to == Stage.APPLIED && a.appliedOn == null) {
            a.appliedOn = at.atZone(zoneOf(a.seekerId)).toLocalDate();
        }
        record(a, from, to, at, note, reopen);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApplicationView.Summary> list(UUID seekerId, Stage stage, Boolean active, int limit, String cursor) {
        StringBuilder q = new StringBuilder("seekerId = :seeker");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("seeker", seekerId);
        if (stage != null) {
            q.append(" and stage = :stage");
            params.put("stage", stage);
        }
        if (active != null) {
            List<Stage> activeStages = java.util.Arrays.stream(Stage.values()).filter(Stage::isActive).toList();
            q.append(active ? " and stage in :active" : " and stage not in :active");
            params.put("active", activeStages);
        }
        Cursor after = Cursor.decode(LIST, cursor, 2);
        if (after != null) {
            q.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            params.put("at", after.instant(0));
            params.put("id", after.id(1));
        }
        q.append(" order by createdAt desc, id desc");
        List<Application> rows = Application.find(q.toString(), params).page(0, limit + 1).list();
        String next = rows.size() > limit ? Cursor.encode(LIST, rows.get(limit - 1).createdAt, rows.get(limit - 1).id) : null;
        return new Page<>(rows.stream().limit(limit).map(ApplicationView.Summary::of).toList(), next);
    }

    private void record(Application a, Stage from, Stage to, Instant at, String note, boolean reopen) {
        StageChange change = new StageChange();
        change.id = UUID.randomUUID();
        change.applicationId = a.id;
        change.from = from;
        change.to = to;
        change.at = at;
        change.note = note;
        change.reopen = reopen;
        change.persist();
    }

    private void validate(NewApplication request) {
        Set<ConstraintViolation<NewApplication>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The request has " + violations.size() + " invalid field(s).", violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList());
        }
    }

    private static NewApplication current(Application a) {
        return new NewApplication(a.employer, a.position, a.adUrl, a.location, a.sector, a.source, a.priority, a.stage,
                a.appliedOn, a.nextContactOn, a.notes);
    }

    private static void copy(NewApplication r, Application a) {
        a.employer = r.employer().strip();
        a.position = r.position().strip();
        a.adUrl = blankToNull(r.adUrl());
        a.location = blankToNull(r.location());
        a.sector = r.sector();
        a.source = blankToNull(r.source());
        a.priority = r.priority();
        a.appliedOn = r.appliedOn();
        a.nextContactOn = r.nextContactOn();
        a.notes = blankToNull(r.notes());
    }

    private static java.time.ZoneId zoneOf(UUID seekerId) {
        return io.coachline.tracker.people.Person.byId(seekerId).map(p -> java.time.ZoneId.of(p.timeZone))
                .orElse(java.time.ZoneOffset.UTC);
    }

    /** An application is sent before it is logged: an {@code appliedOn} after today is a typing error. */
    private static void notAhead(java.time.LocalDate appliedOn, java.time.ZoneId zone, Instant now) {
        if (appliedOn != null && appliedOn.isAfter(now.atZone(zone).toLocalDate())) {
            throw ProblemException.invalid("appliedOn", "Is after today: the day the application was sent.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
