package io.coachline.reminder.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The facts of ONE application that rules and guards read, with the policy, the calendar and today.
 *
 * <p>Facts dated after {@code today} (an interaction logged ahead, an interview "completed" in the
 * future) are not facts yet and are ignored. Nothing else depends on {@code today}: overdue reminders
 * keep their date.
 *
 * <p>Vocabulary: an <em>answer</em> is any interaction in which the employer said something
 * ({@link Interaction#isAnswer()}); a <em>follow-up</em> is an outbound STATUS_CHECK or QUESTION.
 * The <em>waiting cycle</em> starts at {@link #since()}: the last answer, or if none came since, the
 * natural anchor (the later of the stage change, the application date and the last completed interview).
 */
public final class PlanContext {

    private final ApplicationState app;
    private final FollowUpPolicy policy;
    private final WorkingCalendar calendar;
    private final LocalDate today;
    private final List<Interaction> interactions;
    private final Interview latestCompleted;
    private final List<LocalDate> employerContacts;

    public PlanContext(ApplicationState app, FollowUpPolicy policy, WorkingCalendar calendar, LocalDate today) {
        this(app, policy, calendar, today, List.of());
    }

    /**
     * @param employerContacts the days of the seeker's outbound contacts (any purpose but THANK_YOU) with the
     *                         same employer logged on their <em>other</em> applications: the cool-down is per
     *                         employer ({@link EmployerName}), while everything else stays per application
     */
    public PlanContext(ApplicationState app, FollowUpPolicy policy, WorkingCalendar calendar, LocalDate today,
                       List<LocalDate> employerContacts) {
        this.app = Objects.requireNonNull(app, "app");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.today = Objects.requireNonNull(today, "today");
        this.interactions = app.interactions().stream()
                .filter(i -> !i.on().isAfter(today))
                .sorted(Comparator.comparing(Interaction::on)) // stable: same-day entries keep their logged order
                .toList();
        this.latestCompleted = completedInterviews().reduce((a, b) -> b).orElse(null);
        this.employerContacts = employerContacts == null ? List.of()
                : employerContacts.stream().filter(d -> !d.isAfter(today)).toList();
    }

    public ApplicationState app() {
        return app;
    }

    public FollowUpPolicy policy() {
        return policy;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public LocalDate today() {
        return today;
    }

    /** Logged interactions dated up to today, oldest first. */
    public List<Interaction> interactions() {
        return interactions;
    }

    /** Interviews completed on or before today, oldest first. */
    public Stream<Interview> completedInterviews() {
        return app.interviews().stream()
                .filter(this::isCompleted)
                .sorted(Comparator.comparing(Interview::completedOn).thenComparingInt(Interview::round));
    }

    public boolean isCompleted(Interview interview) {
        return interview.completedOn() != null && !interview.completedOn().isAfter(today);
    }

    public Optional<Interview> latestCompletedInterview() {
        return Optional.ofNullable(latestCompleted);
    }

    public Optional<Interview> interview(String interviewId) {
        return app.interviews().stream().filter(i -> i.id().equals(interviewId)).findFirst();
    }

    /** A later round than the last completed interview is scheduled but not held yet: the process is moving. */
    public boolean nextRoundScheduled() {
        if (latestCompleted == null) {
            return false;
        }
        return app.interviews().stream()
                .filter(i -> !isCompleted(i))
                .anyMatch(i -> i.round() > latestCompleted.round()
                        || (i.scheduledAt() != null && i.scheduledAt().isAfter(latestCompleted.completedOn())));
    }

    /** The decision date the employer gave at (or since) the last completed interview. */
    public Optional<LocalDate> decisionDate() {
        return latestCompletedInterview().map(Interview::decisionExpectedBy);
    }

    /**
     * The seeker is waiting for the employer, so status follow-ups make sense: APPLIED, ON_HOLD, or
     * INTERVIEW after a completed interview with no further round scheduled.
     */
    public boolean awaitingEmployer() {
        return switch (app.stage()) {
            case APPLIED, ON_HOLD -> true;
            case INTERVIEW -> latestCompleted != null && !nextRoundScheduled();
            default -> false;
        };
    }

    /** The later of the stage change, the application date and the last completed interview. */
    public LocalDate naturalAnchor() {
        LocalDate anchor = app.stageSince();
        if (app.appliedOn() != null && app.appliedOn().isAfter(anchor)) {
            anchor = app.appliedOn();
        }
        if (latestCompleted != null && latestCompleted.completedOn().isAfter(anchor)) {
            anchor = latestCompleted.completedOn();
        }
        return anchor;
    }

    /** The latest answer dated strictly after {@code date}. */
    public Optional<Interaction> lastAnswerAfter(LocalDate date) {
        Interaction found = null;
        for (Interaction i : interactions) {
            if (i.isAnswer() && i.on().isAfter(date)) {
                found = i;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The answer that re-anchors the waiting cycle, if one came after the natural anchor. */
    public Optional<Interaction> lastAnswer() {
        return lastAnswerAfter(naturalAnchor());
    }

    /** Start of the current waiting cycle: the last answer, else the natural anchor. */
    public LocalDate since() {
        return lastAnswer().map(Interaction::on).orElse(naturalAnchor());
    }

    /** Key suffix of the current waiting cycle: empty for the first, {@code :since-<date>} after an answer. */
    public String cycleSuffix() {
        return lastAnswer().map(a -> ":since-" + a.on()).orElse("");
    }

    /** Follow-ups (outbound STATUS_CHECK / QUESTION) sent after {@link #since()}: none of them was answered. */
    public List<Interaction> unansweredFollowUps() {
        LocalDate since = since();
        return interactions.stream().filter(i -> i.isFollowUp() && i.on().isAfter(since)).toList();
    }

    /** A closing message (outbound CLOSING) sent in the current waiting cycle. */
    public Optional<Interaction> closingSent() {
        LocalDate since = since();
        return interactions.stream()
                .filter(i -> i.isOutbound() && i.purpose() == Purpose.CLOSING && i.on().isAfter(since))
                .findFirst();
    }

    /**
     * The latest outbound contact with the employer that counts for the cool-down: any purpose but THANK_YOU,
     * on this application or on another of the seeker's applications to the same employer.
     */
    public Optional<LocalDate> lastOutboundContact() {
        LocalDate last = null;
        for (Interaction i : interactions) {
            if (startsCoolDown(i)) {
                last = i.on();
            }
        }
        for (LocalDate d : employerContacts) {
            if (last == null || d.isAfter(last)) {
                last = d;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Counts for the cool-down of the employer: an outbound contact other than a thank-you note. */
    public static boolean startsCoolDown(Interaction i) {
        return i.isOutbound() && i.purpose() != Purpose.THANK_YOU;
    }

    /** The contact's name, or a neutral stand-in when the id is unknown. */
    public String contactName(String contactId) {
        return app.contacts().stream()
                .filter(c -> c.id().equals(contactId))
                .map(Contact::name)
                .findFirst()
                .orElse("your contact");
    }

    /** Whom to call about an interview: its panel, or everybody on the application when the panel is unknown. */
    public List<String> contactsFor(Interview interview) {
        return interview.panelContactIds().isEmpty() ? allContactIds() : interview.panelContactIds();
    }

    public List<String> allContactIds() {
        return app.contacts().stream().map(Contact::id).toList();
    }

    /** Names of the given contacts, joined with commas and "and". */
    public String names(List<String> contactIds) {
        List<String> names = contactIds.stream().map(this::contactName).toList();
        if (names.isEmpty()) {
            return "the employer";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
