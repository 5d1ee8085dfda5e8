package io.coachline.reminder.draft;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "why now" sentence of a reminder in the seeker's language. The planner writes each reason in
 * English from a fixed set of sentences; like a gettext catalogue keyed by the English source, each
 * sentence here has its Norwegian text, with dates written in the seeker's format and the list of
 * names joined the Norwegian way. The planner keeps one job (deciding), this class the other (wording);
 * {@code WhyNowTest} fails when the planner writes a sentence this catalogue does not know.
 */
public final class WhyNow {

    /** An English sentence with its slots: {D} a date, {N} contact names, {T} any other text. */
    private record Entry(Pattern english, List<Character> slots, String norwegian) {
    }

    private static final List<Entry> CATALOGUE = new ArrayList<>();

    static {
        add("Interview on {D} with {T}: thank {N} by {D}, restating your interest in the {T} position.",
                "Intervju {1} med {2}: takk {3} innen {4}, og gjenta at du er interessert i stillingen som {5}.");
        add("Interview on {D}: thank each interviewer by {D}, restating your interest in the {T} position.",
                "Intervju {1}: takk hver intervjuer innen {2}, og gjenta at du er interessert i stillingen som {3}.");
        add("Nothing heard since the interview on {D}: follow up with {N} with a case, a question the interview did "
                        + "not answer or something to add about yourself.",
                "Ingenting hørt siden intervjuet {1}: følg opp {2} med et ærend, et spørsmål intervjuet ikke svarte på "
                        + "eller noe du vil legge til om deg selv.");
        add("On standby since {D}: check the status of the {T} position, and keep applying elsewhere.",
                "På vent siden {1}: sjekk status for stillingen som {2}, og fortsett å søke andre steder.");
        add("Last answer on {D} gave no decision date: call {N} for the status between {D} and {D}, and ask when a "
                        + "decision is expected.",
                "Siste svar {1} ga ingen dato for avgjørelsen: ring {2} for status mellom {3} og {4}, og spør når de "
                        + "regner med å bestemme seg.");
        add("Interview on {D} and no decision date given: call {N} for the status between {D} and {D}, and ask when "
                        + "a decision is expected.",
                "Intervju {1} uten dato for avgjørelsen: ring {2} for status mellom {3} og {4}, og spør når de regner "
                        + "med å bestemme seg.");
        add("A decision was promised by {D}: call {N} for the status on {D}, not before.",
                "En avgjørelse var lovet innen {1}: ring {2} for status {3}, ikke før.");
        add("Last heard from {T} on {D}: check the status of your application for the {T} position.",
                "Sist hørt fra {1} {2}: sjekk status for søknaden din på stillingen som {3}.");
        add("Applied on {D} and no answer since: check the status of your application for the {T} position.",
                "Søkte {1} uten svar siden: sjekk status for søknaden din på stillingen som {2}.");
        add("Round {T} on {D} and no round {T} scheduled: call {N} about the next round.",
                "Runde {1} {2} og ingen runde {3} avtalt: ring {4} om neste runde.");
        add("Rejected on {D}: ask {N} what would have made you a better candidate, thank them again and ask about "
                        + "other vacancies.",
                "Avslag {1}: spør {2} hva som ville gjort deg til en bedre kandidat, takk igjen og spør om andre "
                        + "ledige stillinger.");
        add("Reference check for the {T} position started on {D}: brief your references; an offer usually follows.",
                "Referansesjekken for stillingen som {1} startet {2}: forbered referansene dine; et tilbud følger "
                        + "som regel.");
        add("{T} follow-ups since {D} and no answer: send {T} a short closing message and move on; you stay open if "
                        + "they call.",
                "{1} oppfølginger siden {2} uten svar: send {3} en kort avslutningsmelding og gå videre; du er "
                        + "fortsatt åpen hvis de tar kontakt.");
        add("Your follow-up on {D} got no answer: follow up once more ({T} of {T} before you let it go).",
                "Oppfølgingen din {1} fikk ikke svar: følg opp én gang til ({2} av {3} før du gir deg).");
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));

    private WhyNow() {
    }

    private static void add(String english, String norwegian) {
        List<Character> slots = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher m = Pattern.compile("\\{([DNT])}").matcher(english);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(last, m.start())));
            char kind = m.group(1).charAt(0);
            slots.add(kind);
            regex.append(kind == 'D' ? "(\\d{4}-\\d{2}-\\d{2})" : "(.+?)");
            last = m.end();
        }
        regex.append(Pattern.quote(english.substring(last))).append('$');
        CATALOGUE.add(new Entry(Pattern.compile(regex.toString(), Pattern.DOTALL), slots, norwegian));
    }

    /** The reason in {@code language} ("en" or "nb"), dates written out; unknown text keeps its words. */
    public static String text(String reason, String language) {
        if (reason == null) {
            return "";
        }
        if ("nb".equals(language)) {
            for (Entry e : CATALOGUE) {
                Matcher m = e.english().matcher(reason);
                if (m.matches()) {
                    String out = e.norwegian();
                    for (int i = e.slots().size(); i >= 1; i--) {
                        out = out.replace("{" + i + "}", slot(e.slots().get(i - 1), m.group(i)));
                    }
                    return out;
                }
            }
        }
        return dates(reason, "nb".equals(language) ? NB : EN);
    }

    /** A day written out in {@code language}. */
    public static String date(LocalDate day, String language) {
        return ("nb".equals(language) ? NB : EN).format(day);
    }

    /** Whether the catalogue knows the sentence (the planner's reasons must all be known). */
    public static boolean known(String reason) {
        return CATALOGUE.stream().anyMatch(e -> e.english().matcher(reason).matches());
    }

    private static String slot(char kind, String value) {
        return switch (kind) {
            case 'D' -> dates(value, NB);
            case 'N' -> names(value);
            default -> value;
        };
    }

    /** "the employer" and "A, B and C" the Norwegian way. */
    private static String names(String value) {
        if ("the employer".equals(value)) {
            return "arbeidsgiveren";
        }
        int and = value.lastIndexOf(" and ");
        return and < 0 ? value : value.substring(0, and) + " og " + value.substring(and + 5);
    }

    private static String dates(String text, DateTimeFormatter format) {
        Matcher m = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String written;
            try {
                written = format.format(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                written = m.group(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(written));
        }
        m.appendTail(out);
        return out.toString();
    }
}
