package io.coachline.feedback.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coachline.common.outbox.Outbox;
import io.coachline.common.paging.Cursor;
import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.problem.ProblemMappers;
import io.coachline.common.security.Caller;
import io.coachline.common.security.SeekerAccess;
import io.coachline.feedback.application.ProjectedApplication;
import io.coachline.common.people.Client;
import io.coachline.feedback.taxonomy.Kind;
import io.coachline.feedback.taxonomy.Taxonomy;
import io.coachline.feedback.taxonomy.TaxonomyItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Feedback entries: who may write and read which, validation against the tenant taxonomy, events. */
@ApplicationScoped
@Transactional
public class Feedback {

    public static final List<String> OUTCOMES = List.of("REJECTED", "OFFER_DECLINED", "ACCEPTED", "WITHDRAWN", "NO_RESPONSE", "ON_HOLD", "OTHER");
    public static final List<String> STAGES_REACHED = List.of("APPLIED", "INTERVIEW", "REFERENCE_CHECK", "OFFER", "ACCEPTED");
    static final int MAX_TEXT = 4000;
    static final int MAX_TAGS = 20;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    io.coachline.common.concurrency.EntityTags tags;

    public FeedbackView record(Caller caller, FeedbackRequest r) {
        validate(caller, r, null);
        ProjectedApplication app = ProjectedApplication.findById(r.applicationId());
        if (app == null) {
            throw ProblemException.notFound("Application " + r.applicationId());
        }
        boolean debrief;
        if (caller.isSeeker() && app.seekerId.equals(caller.id())) {
            debrief = false;
        } else if (caller.isCoach() && coachOf(caller, app.seekerId)) {
            debrief = true;
        } else {
            throw ProblemException.notFound("Application " + r.applicationId());
        }
        FeedbackEntry e = new FeedbackEntry();
        e.id = UUID.randomUUID();
        e.applicationId = app.id;
        e.seekerId = app.seekerId;
        e.authorId = caller.id();
        e.debrief = debrief;
        e.sector = app.sector;
        Instant now = Instant.now();
        e.createdAt = now;
        e.entryDay = LocalDate.ofInstant(now, ZoneId.of("Europe/Oslo"));
        copy(r, e);
        e.updatedAt = now;
        e.persist();
        FeedbackEntry.flush();
        FeedbackView view = FeedbackView.of(e);
        outbox.publish(caller.tenant(), app.id.toString(), "feedback.entry.recorded.v1", e.id.toString(), view);
        return view;
    }

    /** One page of entries, newest first, and the cursor of the next page (null on the last). */
    public record Page(List<FeedbackView> items, String nextCursor) {
    }

    /** The name in this list's cursors (common {@link Cursor}): newest first by (createdAt, id). */
    static final String LIST = "feedback";

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(Caller caller, UUID seekerId, int limit, String cursor) {
        UUID seeker;
        if (caller.isSeeker()) {
            if (seekerId != null && !seekerId.equals(caller.id())) {
                throw ProblemException.notFound("Seeker " + seekerId);
            }
            seeker = caller.id();
        } else {
            if (seekerId == null) {
                throw ProblemException.invalid("seekerId", "Coaches and admins name the client: ?seekerId=.");
            }
            if (!(caller.isAdmin() ? Client.findById(seekerId) != null : coachOf(caller, seekerId))) {
                throw ProblemException.notFound("Seeker " + seekerId);
            }
            seeker = seekerId;
        }
        List<FeedbackEntry> rows;
        Cursor after = Cursor.decode(LIST, cursor, 2);
        if (after == null) {
            rows = FeedbackEntry.<FeedbackEntry>find("seekerId = ?1 order by createdAt desc, id desc", seeker).page(0, limit + 1).list();
        } else {
            rows = FeedbackEntry.<FeedbackEntry>find("seekerId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                    seeker, after.instant(0), after.id(1)).page(0, limit + 1).list();
        }
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            FeedbackEntry last = rows.get(limit - 1);
            next = Cursor.encode(LIST, last.createdAt, last.id);
        }
        return new Page(rows.stream().map(FeedbackView::of).toList(), next);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedbackView get(Caller caller, UUID id) {
        FeedbackEntry e = readable(caller, id);
        tags.answer(() -> e.version);
        return FeedbackView.of(e);
    }

    /** A full replacement needs the version it replaces (If-Match, else 428); see docs/api-conventions.md. */
    @io.coachline.common.retry.RetryTransient
    public FeedbackView replace(Caller caller, UUID id, FeedbackRequest r) {
        FeedbackEntry e = editable(caller, id);
        tags.require(e.version);
        return replace(caller, e, r);
    }

    private FeedbackView replace(Caller caller, FeedbackEntry e, FeedbackRequest r) {
        tags.answer(() -> e.version);
        if (r != null && r.applicationId() != null && !r.applicationId().equals(e.applicationId)) {
            throw ProblemException.invalid("applicationId", "An entry stays on its application.");
        }
        FeedbackRequest full = r == null ? null : new FeedbackRequest(e.applicationId, r.outcome(), r.stageReached(), r.rejectionReason(),
                r.strengths(), r.weaknesses(), r.strengthsText(), r.weaknessesText(), r.notes(), r.requested(), r.received(),
                r.betterCandidateHint(), r.reflection());
        validate(caller, full, e);
        copy(full, e);
        return updated(caller, e);
    }

    @io.coachline.common.retry.RetryTransient
    public FeedbackView patch(Caller caller, UUID id, JsonNode patch) {
        FeedbackEntry e = editable(caller, id);
        tags.check(e.version);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "A JSON merge patch object is required.");
        }
        ObjectNode current = json.valueToTree(FeedbackView.of(e).asRequest());
        java.util.Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!current.has(f.getKey())) {
                throw ProblemException.invalid(f.getKey(), "Not a field of a feedback entry.");
            }
            current.set(f.getKey(), f.getValue());
        }
        FeedbackRequest merged;
        try {
            merged = json.treeToValue(current, FeedbackRequest.class);
        } catch (Exception ex) {
            throw ProblemMappers.unreadable(ex);
        }
        return replace(caller, e, merged);
    }

    private FeedbackView updated(Caller caller, FeedbackEntry e) {
        e.updatedAt = Instant.now();
        FeedbackEntry.flush();
        FeedbackView view = FeedbackView.of(e);
        outbox.publish(caller.tenant(), e.applicationId.toString(), "feedback.entry.updated.v1", e.id.toString(), view);
        return view;
    }

    FeedbackEntry readable(Caller caller, UUID id) {
        FeedbackEntry e = FeedbackEntry.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Feedback entry " + id);
        }
        boolean ok = caller.isAdmin() || (caller.isSeeker() && e.seekerId.equals(caller.id()))
                || (caller.isCoach() && coachOf(caller, e.seekerId));
        if (!ok) {
            throw ProblemException.notFound("Feedback entry " + id);
        }
        return e;
    }

    /** Seekers edit what they wrote, coaches their own debriefs; seeing an entry is not owning it (403). */
    FeedbackEntry editable(Caller caller, UUID id) {
        FeedbackEntry e = readable(caller, id);
        if (!e.authorId.equals(caller.id()) || !(caller.isSeeker() || caller.isCoach())) {
            throw ProblemException.forbidden("Only the author of an entry edits it.");
        }
        return e;
    }

    static boolean coachOf(Caller caller, UUID seekerId) {
        Client c = Client.findById(seekerId);
        return c != null && SeekerAccess.isCoachOf(caller, c.coachId);
    }

    static void copy(FeedbackRequest r, FeedbackEntry e) {
        e.outcome = r.outcome();
        e.stageReached = r.stageReached();
        e.rejectionReason = blankToNull(r.rejectionReason());
        e.strengths = r.strengths() == null ? new String[0] : r.strengths().toArray(String[]::new);
        e.weaknesses = r.weaknesses() == null ? new String[0] : r.weaknesses().toArray(String[]::new);
        e.strengthsText = blankToNull(r.strengthsText());
        e.weaknessesText = blankToNull(r.weaknessesText());
        e.notes = blankToNull(r.notes());
        e.requested = Boolean.TRUE.equals(r.requested());
        e.received = Boolean.TRUE.equals(r.received());
        e.betterCandidateHint = blankToNull(r.betterCandidateHint());
        e.reflection = blankToNull(r.reflection());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Every problem of the request at once, by JSON field; nothing is written when there is one. */
    void validate(Caller caller, FeedbackRequest r, FeedbackEntry existing) {
        if (r == null) {
            throw ProblemException.invalid("body", "A feedback entry is required.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (r.applicationId() == null) {
            errors.add(new FieldError("applicationId", "Required."));
        }
        if (r.outcome() == null || !OUTCOMES.contains(r.outcome())) {
            errors.add(new FieldError("outcome", "Must be one of " + OUTCOMES + "."));
        }
        if (r.stageReached() == null || !STAGES_REACHED.contains(r.stageReached())) {
            errors.add(new FieldError("stageReached", "Must be one of " + STAGES_REACHED + "."));
        }
        String tenant = caller.tenant();
        if (blankToNull(r.rejectionReason()) != null) {
            known(errors, "rejectionReason", r.rejectionReason(), taxonomy.of(tenant, Kind.REASON),
                    existing == null ? null : existing.rejectionReason);
        }
        tags(errors, "strengths", r.strengths(), taxonomy.of(tenant, Kind.STRENGTH), existing == null ? null : existing.strengths);
        tags(errors, "weaknesses", r.weaknesses(), taxonomy.of(tenant, Kind.WEAKNESS), existing == null ? null : existing.weaknesses);
        text(errors, "strengthsText", r.strengthsText());
        text(errors, "weaknessesText", r.weaknessesText());
        text(errors, "notes", r.notes());
        text(errors, "betterCandidateHint", r.betterCandidateHint());
        text(errors, "reflection", r.reflection());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The feedback entry has invalid fields.", errors);
        }
    }

    private static void known(List<FieldError> errors, String field, String code, Map<String, TaxonomyItem> items, String alreadyThere) {
        TaxonomyItem item = items.get(code);
        if (item == null) {
            errors.add(new FieldError(field, "Unknown code '" + code + "' in the tenant's taxonomy."));
        } else if (item.retired && !code.equals(alreadyThere)) {
            errors.add(new FieldError(field, "'" + code + "' is retired and no longer used for new feedback."));
        }
    }

    private static void tags(List<FieldError> errors, String field, List<String> codes, Map<String, TaxonomyItem> items, String[] alreadyThere) {
        if (codes == null) {
            return;
        }
        if (codes.size() > MAX_TAGS) {
            errors.add(new FieldError(field, "At most " + MAX_TAGS + " tags."));
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> kept = alreadyThere == null ? Set.of() : Set.of(alreadyThere);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String at = field + "[" + i + "]";
            if (code == null || code.isBlank()) {
                errors.add(new FieldError(at, "Must be a tag code."));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(at, "Appears twice."));
            } else {
                TaxonomyItem item = items.get(code);
                if (item == null) {
                    errors.add(new FieldError(at, "Unknown code '" + code + "' in the tenant's taxonomy."));
                } else if (item.retired && !kept.contains(code)) {
                    errors.add(new FieldError(at, "'" + code + "' is retired and no longer used for new feedback."));
                }
            }
        }
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "At most " + MAX_TEXT + " characters."));
        }
    }
}
