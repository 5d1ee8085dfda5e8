package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test fixtures: a small builder for one application and helpers to plan it. */
final class Apps {

    static final FollowUpPolicy DEFAULTS = FollowUpPolicy.defaults();
    static final WorkingCalendar NORWAY = WorkingCalendar.norway();

    private final String id;
    private Stage stage = Stage.INTERVIEW;
    private LocalDate stageSince;
    private LocalDate appliedOn;
    private StageReached.Move move;
    private String employer = "Equinor";
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Interview> interviews = new ArrayList<>();
    private final List<Interaction> interactions = new ArrayList<>();

    private Apps(String id) {
        this.id = id;
    }

    static Apps application() {
        return new Apps("app-1");
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    Apps stage(Stage stage, String since) {
        this.stage = stage;
        this.stageSince = d(since);
        return this;
    }

    /**
     * The current stage as the tracker's history records it: moved ({@code from} may be null) on {@code at},
     * which may be the day it was typed in; the state's stage date then comes from {@link StageReached}.
     */
    Apps moved(Stage from, Stage to, String at, boolean reopen) {
        this.stage = to;
        this.move = new StageReached.Move(from, to, d(at), reopen);
        return this;
    }

    /** The current stage, typed in on {@code day} (no date of its own). */
    Apps typedIn(Stage stage, String day) {
        return moved(null, stage, day, false);
    }

    Apps employer(String employer) {
        this.employer = employer;
        return this;
    }

    Apps appliedOn(String date) {
        this.appliedOn = d(date);
        if (stageSince == null) {
            stageSince = appliedOn;
        }
        return this;
    }

    Apps contact(String id, String name) {
        contacts.add(new Contact(id, name, ContactRole.INTERVIEWER, id + "@employer.example"));
        return this;
    }

    /** A completed interview without a decision date. */
    Apps interview(String id, int round, String on, String... panel) {
        return interviewDecisionBy(id, round, on, null, panel);
    }

    /** A completed interview; {@code decisionBy} may be null. */
    Apps interviewDecisionBy(String id, int round, String on, String decisionBy, String... panel) {
        interviews.add(new Interview(id, round, d(on), d(on), decisionBy == null ? null : d(decisionBy), Arrays.asList(panel)));
        if (stageSince == null) {
            stageSince = d(on).minusDays(7);
        }
        return this;
    }

    Apps scheduled(String id, int round, String on) {
        interviews.add(new Interview(id, round, d(on), null, null, List.of()));
        return this;
    }

    Apps outbound(String on, Purpose purpose) {
        return outbound(on, purpose, null, null);
    }

    Apps outbound(String on, Purpose purpose, String contactId) {
        return outbound(on, purpose, contactId, null);
    }

    Apps outbound(String on, Purpose purpose, String contactId, Outcome outcome) {
        interactions.add(new Interaction("x" + interactions.size(), d(on), Channel.EMAIL, Direction.OUTBOUND, contactId,
                purpose, outcome));
        return this;
    }

    Apps inbound(String on, Outcome outcome) {
        interactions.add(new Interaction("x" + interactions.size(), d(on), Channel.EMAIL, Direction.INBOUND, null,
                Purpose.OTHER, outcome));
        return this;
    }

    ApplicationState build() {
        LocalDate since = move == null ? stageSince
                : StageReached.of(stage, List.of(move), null, appliedOn, interviews, interactions, move.on());
        return new ApplicationState(id, "seeker-1", "fjord", employer, "Senior Developer", "PRIVATE", stage,
                since == null ? d("2026-01-01") : since, appliedOn, contacts, interviews, interactions);
    }

    PlanContext context(String today) {
        return new PlanContext(build(), DEFAULTS, NORWAY, d(today));
    }

    List<PlannedReminder> plan(String today) {
        return FollowUpPlanner.plan(build(), DEFAULTS, NORWAY, d(today));
    }

    List<PlannedReminder> plan(FollowUpPolicy policy, String today) {
        return FollowUpPlanner.plan(build(), policy, NORWAY, d(today));
    }

    static List<PlannedReminder> of(List<PlannedReminder> plan, Rule rule) {
        return plan.stream().filter(r -> r.rule() == rule).toList();
    }

    static PlannedReminder only(List<PlannedReminder> plan, Rule rule) {
        List<PlannedReminder> found = of(plan, rule);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one " + rule + " in " + plan);
        }
        return found.get(0);
    }

    static List<String> keys(List<PlannedReminder> plan) {
        return plan.stream().map(PlannedReminder::key).toList();
    }
}
