package io.coachline.reminder.draft;

import io.coachline.reminder.plan.ApplicationState;
import io.coachline.reminder.plan.Contact;
import io.coachline.reminder.plan.Interview;
import io.coachline.reminder.plan.PlannedReminder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The values a draft template can use. Every field may be null: the templates leave out what is not known
 * ({@code {{#name}}…{{/name}}} sections), and a value still missing is rendered as a fill-in segment
 * {@code ⟦label⟧} in the draft's language.
 *
 * <p>Placeholders: {@code {{seekerName}} {{employer}} {{position}} {{contactName}} {{interviewDate}}
 * {{decisionDate}} {{appliedOn}} {{round}} {{nextRound}}}. Dates are written out in the draft's language.
 */
public record DraftContext(String seekerName, String employer, String position, String contactName,
                           LocalDate interviewDate, LocalDate decisionDate, LocalDate appliedOn, Integer round) {

    /** Every placeholder a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("seekerName", "employer", "position", "contactName",
            "interviewDate", "decisionDate", "appliedOn", "round", "nextRound");

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));

    /**
     * The context of one planned reminder: its first contact, its interview (or the last completed one),
     * that interview's decision date, the application's date.
     */
    public static DraftContext from(ApplicationState app, PlannedReminder reminder, String seekerName) {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(reminder, "reminder");
        String contactName = reminder.contactIds().stream().findFirst()
                .flatMap(id -> app.contacts().stream().filter(c -> c.id().equals(id)).findFirst())
                .map(Contact::name)
                .orElse(null);
        Optional<Interview> interview = Optional.ofNullable(reminder.interviewId())
                .flatMap(id -> app.interviews().stream().filter(i -> i.id().equals(id)).findFirst())
                .or(() -> app.interviews().stream().filter(Interview::isCompleted)
                        .max(Comparator.comparing(Interview::completedOn)));
        return new DraftContext(seekerName, app.employer(), app.position(), contactName,
                interview.map(i -> i.completedOn() != null ? i.completedOn() : i.scheduledAt()).orElse(null),
                interview.map(Interview::decisionExpectedBy).orElse(null),
                app.appliedOn(),
                interview.map(Interview::round).orElse(null));
    }

    private static final Map<String, String> LABELS_EN = Map.of("seekerName", "your name", "employer", "employer",
            "position", "position", "contactName", "name of your contact", "interviewDate", "date of the interview",
            "decisionDate", "decision date", "appliedOn", "date you applied", "round", "round", "nextRound", "next round");
    private static final Map<String, String> LABELS_NB = Map.of("seekerName", "navnet ditt", "employer", "arbeidsgiver",
            "position", "stilling", "contactName", "navnet på kontaktpersonen", "interviewDate", "datoen for intervjuet",
            "decisionDate", "datoen for avgjørelsen", "appliedOn", "datoen du søkte", "round", "runde",
            "nextRound", "neste runde");

    /** What the seeker should fill in for a missing {@code name}, in {@code language}. */
    public static String label(String name, String language) {
        return ("nb".equals(language) ? LABELS_NB : LABELS_EN).getOrDefault(name, name);
    }

    /** The placeholder values, dates written out for {@code language} ("nb" or "en"); absent values are null. */
    public Map<String, String> values(String language) {
        DateTimeFormatter dates = "nb".equals(language) ? NB : EN;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("seekerName", seekerName);
        values.put("employer", employer);
        values.put("position", position);
        values.put("contactName", contactName);
        values.put("interviewDate", interviewDate == null ? null : dates.format(interviewDate));
        values.put("decisionDate", decisionDate == null ? null : dates.format(decisionDate));
        values.put("appliedOn", appliedOn == null ? null : dates.format(appliedOn));
        values.put("round", round == null ? null : String.valueOf(round));
        values.put("nextRound", round == null ? null : String.valueOf(round + 1));
        return values;
    }
}
