package io.coachline.feedback.report;

import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.problem.RequestParams;
import io.coachline.common.security.Caller;
import io.coachline.feedback.entry.Feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The filters of every report, checked. The tenant comes from the token; a coach always reads
 * their own caseload (a coachId other than their own answers 404); an admin may narrow to a coach.
 */
public record ReportFilter(String tenant, LocalDate from, LocalDate to, UUID coachId, String sector, String stageReached) {

    static final List<String> SECTORS = List.of("PUBLIC", "PRIVATE", "NON_PROFIT");

    public static ReportFilter of(Caller caller, String from, String to, String coachId, String sector, String stageReached) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = date(errors, "from", from);
        LocalDate t = date(errors, "to", to);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("to", "Must not be before from."));
        }
        UUID coach = null;
        if (coachId != null && !coachId.isBlank()) {
            try {
                coach = UUID.fromString(coachId.trim());
            } catch (RuntimeException e) {
                errors.add(new FieldError("coachId", "Must be a UUID."));
            }
        }
        String s = blank(sector) ? null : sector.trim().toUpperCase();
        if (s != null && !SECTORS.contains(s)) {
            errors.add(new FieldError("sector", "Must be one of " + SECTORS + "."));
        }
        String st = blank(stageReached) ? null : stageReached.trim().toUpperCase();
        if (st != null && !Feedback.STAGES_REACHED.contains(st)) {
            errors.add(new FieldError("stageReached", "Must be one of " + Feedback.STAGES_REACHED + "."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The report filters are invalid.", errors);
        }
        if (!caller.isAdmin()) {
            if (coach != null && !coach.equals(caller.id())) {
                throw ProblemException.notFound("Coach " + coach);
            }
            coach = caller.id();
        }
        return new ReportFilter(caller.tenant(), f, t, coach, s, st);
    }

    Map<String, Object> echo() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("coachId", coachId);
        m.put("sector", sector);
        m.put("stageReached", stageReached);
        return m;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate date(List<FieldError> errors, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return RequestParams.date(field, value);
        } catch (ProblemException e) {
            errors.addAll(e.problem().errors());
            return null;
        }
    }
}
