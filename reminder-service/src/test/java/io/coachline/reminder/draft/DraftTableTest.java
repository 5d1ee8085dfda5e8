package io.coachline.reminder.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coachline.reminder.plan.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled template (9 rules x en, nb) against every state it can meet: with or without a known
 * contact, with or without an interview (a status check of an application, a standby, a rejection at
 * the application stage), without the seeker's name or the date applied. A draft never shows a raw
 * placeholder, never states what is not known, and marks what the seeker must write as {@code ⟦…⟧},
 * listed with its position.
 */
class DraftTableTest {

    enum State { FULL, NO_CONTACT, NO_INTERVIEW, NO_INTERVIEW_NO_CONTACT, NO_SEEKER_NAME, NO_APPLIED_ON }

    static final LocalDate INTERVIEW = LocalDate.parse("2026-11-19");
    static final LocalDate DECISION = LocalDate.parse("2026-12-04");
    static final LocalDate APPLIED = LocalDate.parse("2026-10-01");

    /** The states each rule can meet (F4 and F6 are always about an interview; F1 to F3 too, except F3's standby). */
    static final Map<Rule, Set<State>> REACHABLE = Map.of(
            Rule.F1, EnumSet.of(State.FULL, State.NO_CONTACT, State.NO_SEEKER_NAME),
            Rule.F2, EnumSet.of(State.FULL, State.NO_CONTACT, State.NO_SEEKER_NAME),
            Rule.F3, EnumSet.allOf(State.class),
            Rule.F4, EnumSet.of(State.FULL, State.NO_CONTACT, State.NO_SEEKER_NAME),
            Rule.F5, EnumSet.allOf(State.class),
            Rule.F6, EnumSet.of(State.FULL, State.NO_CONTACT, State.NO_SEEKER_NAME),
            Rule.F7, EnumSet.allOf(State.class),
            Rule.F8, EnumSet.allOf(State.class),
            Rule.F9, EnumSet.allOf(State.class));

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            for (String language : DraftComposer.LANGUAGES) {
                for (State state : REACHABLE.get(rule)) {
                    out.add(Arguments.of(rule, language, state));
                }
            }
        }
        return out.stream();
    }

    static DraftContext context(State state) {
        boolean interview = state != State.NO_INTERVIEW && state != State.NO_INTERVIEW_NO_CONTACT;
        boolean contact = state != State.NO_CONTACT && state != State.NO_INTERVIEW_NO_CONTACT;
        return new DraftContext(state == State.NO_SEEKER_NAME ? null : "Ada Lovelace", "Equinor", "Senior Developer",
                contact ? "Kari Nordmann" : null, interview ? INTERVIEW : null, interview ? DECISION : null,
                state == State.NO_APPLIED_ON ? null : APPLIED, interview ? 1 : null);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void aDraftStatesOnlyWhatIsKnown(Rule rule, String language, State state) {
        DraftContext ctx = context(state);
        Draft draft = DraftComposer.compose(rule, ctx, Locale.forLanguageTag(language), TemplateOverrides.none());
        String text = draft.subject() + "\n" + draft.body();

        assertFalse(text.contains("{{") || text.contains("}}"), "every placeholder rendered: " + text);
        assertFalse(text.matches("(?s).*\\[(?! ]).*"), "no bracketed text that reads as if it were sent: " + text);
        assertFalse(text.contains("null"), text);
        assertFalse(text.matches("(?s).*(Dear|Hei|Hello) ?[,!].*") && state != State.NO_CONTACT
                && state != State.NO_INTERVIEW_NO_CONTACT, "a named greeting when the contact is known: " + text);
        assertFalse(text.matches("(?s).*(Dear|Hei|Hello) ⟦.*"), "a neutral greeting, never a blank to fill: " + text);
        assertFalse(text.contains(" ,") || text.contains(" .") || text.lines().anyMatch(l -> l.strip().contains("  ")),
                "no gap where a value was left out: " + text);

        // every fill-in segment is listed with its exact position
        for (Draft.Placeholder p : draft.placeholders()) {
            String part = p.part().equals("subject") ? draft.subject() : draft.body();
            assertEquals("⟦" + p.hint() + "⟧", part.substring(p.start(), p.end()));
        }
        assertEquals(count(text, '⟦'), draft.placeholders().size());
        // the only values ever left to fill in are the seeker's own name (when the projection has none)
        for (Draft.Placeholder p : draft.placeholders()) {
            assertFalse(Set.of("name of your contact", "navnet på kontaktpersonen", "date of the interview",
                    "datoen for intervjuet", "date you applied", "datoen du søkte", "round", "runde")
                    .contains(p.hint()), "a value the draft should have left out, not asked for: " + p);
        }
        if (state == State.NO_SEEKER_NAME && PlaceholderRenderer.placeholdersIn(
                DraftComposer.bundled(rule, language).body()).contains("seekerName")) {
            assertTrue(draft.body().contains("⟦" + DraftContext.label("seekerName", language) + "⟧"), draft.body());
        }

        if (ctx.contactName() != null) {
            assertTrue(text.contains("Kari Nordmann"), text);
        }
        assertTrue(text.contains("Senior Developer"), text);
        if (ctx.interviewDate() == null) {
            assertFalse(text.contains("19 November") || text.contains("19. november"), text);
        } else if (EnumSet.of(Rule.F1, Rule.F2, Rule.F3, Rule.F4, Rule.F6, Rule.F7).contains(rule)) {
            assertTrue(text.contains("nb".equals(language) ? "19. november 2026" : "19 November 2026"), text);
        }
        if (rule == Rule.F7 && ctx.interviewDate() == null) {
            assertFalse(text.toLowerCase(Locale.ROOT).contains("interview") || text.toLowerCase(Locale.ROOT).contains("intervju"),
                    "no thanks for an interview that never happened: " + text);
        }
        if ("nb".equals(language)) {
            for (String english : List.of("Dear", "Kind regards", "Thank", "position", "Call ")) {
                assertFalse(text.contains(english), "English in a Norwegian draft: " + english + " in " + text);
            }
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
