package io.coachline.tracker.csv;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.coachline.tracker.application.Stage;
import io.coachline.tracker.application.StageMachine;
import io.coachline.tracker.csv.ApplicationCsv.Column;

/**
 * Ties the rows of a file together: children to their application ({@code application_ref}),
 * panels and interactions to contacts ({@code contact_ref}), and checks each stage history is a
 * legal path ending in the application's stage. Rows may come in any order.
 */
final class Linking {

    static final class AppDraft {
        final int row;
        final String ref;
        ImportedApplication fields;   // children empty; null if the row had errors
        final List<ContactDraft> contacts = new ArrayList<>();
        final List<InterviewDraft> interviews = new ArrayList<>();
        final List<InteractionDraft> interactions = new ArrayList<>();
        final List<StageDraft> stages = new ArrayList<>();

        AppDraft(int row, String ref) {
            this.row = row;
            this.ref = ref;
        }
    }

    record ContactDraft(int row, String appRef, ImportedContact contact) {
    }

    record InterviewDraft(int row, String appRef, ImportedInterview interview) {
    }

    record InteractionDraft(int row, String appRef, ImportedInteraction interaction) {
    }

    record StageDraft(int row, String appRef, ImportedStageChange change) {
    }

    final Map<String, AppDraft> apps = new LinkedHashMap<>();
    final List<ContactDraft> contacts = new ArrayList<>();
    final List<InterviewDraft> interviews = new ArrayList<>();
    final List<InteractionDraft> interactions = new ArrayList<>();
    final List<StageDraft> stages = new ArrayList<>();

    private final HeaderMapping header;
    private final List<RowError> errors;

    Linking(HeaderMapping header, List<RowError> errors) {
        this.header = header;
        this.errors = errors;
    }

    /** Links every row read; problems go to the error list. */
    void link() {
        Map<AppDraft, Map<String, Integer>> contactRefs = new HashMap<>();
        for (ContactDraft c : contacts) {
            AppDraft a = owner(c.row(), c.appRef());
            if (a == null) {
                continue;
            }
            Integer first = contactRefs.computeIfAbsent(a, k -> new HashMap<>()).putIfAbsent(c.contact().ref(), c.row());
            if (first != null) {
                errors.add(new RowError(c.row(), header.text(Column.CONTACT_REF), "contact "
                        + c.contact().ref() + " of application " + a.ref + " is defined twice (first on row " + first + ")"));
            } else {
                a.contacts.add(c);
            }
        }
        for (InterviewDraft i : interviews) {
            AppDraft a = owner(i.row(), i.appRef());
            if (a == null) {
                continue;
            }
            for (String member : i.interview().panel()) {
                checkContact(i.row(), Column.PANEL, a, member, contactRefs);
            }
            a.interviews.add(i);
        }
        for (InteractionDraft i : interactions) {
            AppDraft a = owner(i.row(), i.appRef());
            if (a == null) {
                continue;
            }
            if (i.interaction().contactRef() != null) {
                checkContact(i.row(), Column.CONTACT_REF, a, i.interaction().contactRef(), contactRefs);
            }
            a.interactions.add(i);
        }
        for (StageDraft s : stages) {
            AppDraft a = owner(s.row(), s.appRef());
            if (a != null) {
                a.stages.add(s);
            }
        }
        for (AppDraft a : apps.values()) {
            checkHistory(a);
        }
    }

    /** The linked applications; only when there were no errors. */
    List<ImportedApplication> applications() {
        List<ImportedApplication> result = new ArrayList<>(apps.size());
        for (AppDraft a : apps.values()) {
            ImportedApplication f = a.fields;
            result.add(new ImportedApplication(f.employer(), f.position(), f.adUrl(), f.location(), f.sector(),
                    f.source(), f.priority(), f.stage(), f.appliedOn(), f.decisionExpectedBy(), f.nextContactOn(),
                    f.lastContactOn(), f.notes(),
                    a.contacts.stream().map(ContactDraft::contact).toList(),
                    a.interviews.stream().map(InterviewDraft::interview).toList(),
                    a.interactions.stream().map(InteractionDraft::interaction).toList(),
                    a.stages.stream().map(StageDraft::change).toList()));
        }
        return result;
    }

    private AppDraft owner(int childRow, String appRef) {
        if (appRef == null) {
            return null;   // already reported
        }
        AppDraft a = apps.get(appRef);
        if (a == null) {
            errors.add(new RowError(childRow, header.text(Column.APPLICATION_REF),
                    "no application row with application_ref " + appRef));
        }
        return a;
    }

    private void checkContact(int childRow, Column column, AppDraft a, String ref, Map<AppDraft, Map<String, Integer>> refs) {
        if (!refs.getOrDefault(a, Map.of()).containsKey(ref)) {
            errors.add(new RowError(childRow, header.text(column), "no contact " + ref + " in application " + a.ref));
        }
    }

    private void checkHistory(AppDraft a) {
        List<StageDraft> h = a.stages;
        if (h.isEmpty()) {
            return;
        }
        for (int i = 1; i < h.size(); i++) {
            Stage from = h.get(i - 1).change().stage();
            Stage to = h.get(i).change().stage();
            if (!StageMachine.isAllowed(from, to, from.isTerminal())) {
                Set<Stage> allowed = StageMachine.allowedMoves(from, from.isTerminal());
                errors.add(new RowError(h.get(i).row(), header.text(Column.STAGE),
                        "illegal stage move " + from + " → " + to + " (previous stage change on row "
                                + h.get(i - 1).row() + "); allowed from " + from
                                + (from.isTerminal() ? " when re-opening" : "") + ": "
                                + (allowed.isEmpty() ? "none" : allowed.stream().map(Stage::name).collect(Collectors.joining(", ")))));
            }
        }
        StageDraft last = h.get(h.size() - 1);
        if (a.fields != null && a.fields.stage() != last.change().stage()) {
            errors.add(new RowError(a.row, header.text(Column.STAGE), "stage " + a.fields.stage()
                    + " differs from the last stage change (" + last.change().stage() + " on row " + last.row() + ")"));
        }
    }

    /**
     * The stage history of a flat file's application, from the dates the file has: applied on,
     * the interview date, the date of the last status (docs/csv-format.md, "Stage history of a
     * flat file"). Each step takes the latest date known so far; no date at all leaves the time
     * open (the import then uses its own time).
     */
    static List<ImportedStageChange> flatHistory(Stage stage, LocalDate savedOn, LocalDate appliedOn,
                                                 LocalDate interviewOn, LocalDate statusOn, java.time.ZoneId zone) {
        List<Stage> path = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        if (stage == Stage.WISHLIST) {
            path.add(Stage.WISHLIST);
            dates.add(savedOn != null ? savedOn : statusOn);
        } else if (stage == Stage.WITHDRAWN && appliedOn == null) {
            path.add(Stage.WITHDRAWN);   // dropped before it was sent
            dates.add(statusOn != null ? statusOn : savedOn);
        } else {
            path.add(Stage.APPLIED);
            dates.add(appliedOn);
            boolean interviewed = interviewOn != null && stage != Stage.APPLIED;
            if (interviewed || stage == Stage.INTERVIEW || stage == Stage.REFERENCE_CHECK || stage == Stage.OFFER
                    || stage == Stage.ACCEPTED) {
                path.add(Stage.INTERVIEW);
                dates.add(interviewOn);
            }
            if (stage == Stage.ACCEPTED) {
                path.add(Stage.OFFER);
                dates.add(null);
            }
            if (stage != path.get(path.size() - 1)) {
                path.add(stage);
                dates.add(statusOn);
            }
        }
        // a missing date is the one before it; leading missing dates the first known one
        LocalDate first = dates.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        LocalDate previous = first;
        List<ImportedStageChange> out = new ArrayList<>(path.size());
        for (int i = 0; i < path.size(); i++) {
            LocalDate d = dates.get(i);
            if (d == null || (previous != null && d.isBefore(previous))) {
                d = previous;
            }
            previous = d;
            OffsetDateTime at = d == null ? null : d.atStartOfDay(zone).toOffsetDateTime();
            out.add(new ImportedStageChange(path.get(i), at, i == 0 ? "Imported" : null));
        }
        return out;
    }
}
