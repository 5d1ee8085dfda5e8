package io.coachline.reminder.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coachline.reminder.plan.Rule;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DraftComposerTest {

    static final Locale NB = Locale.forLanguageTag("nb-NO");

    static final DraftContext KARI = new DraftContext("Ada Lovelace", "Equinor", "Senior Developer", "Kari Nordmann",
            LocalDate.parse("2026-11-19"), LocalDate.parse("2026-12-04"), LocalDate.parse("2026-10-01"), 1);

    static Stream<Arguments> everyRuleInEveryLanguage() {
        return Stream.of(Rule.values()).flatMap(rule -> Stream.of(
                Arguments.of(rule, Locale.ENGLISH), Arguments.of(rule, NB)));
    }

    private static Draft compose(Rule rule, Locale locale) {
        return DraftComposer.compose(rule, KARI, locale, TemplateOverrides.none());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyRuleInEveryLanguage")
    void everyRuleHasADraftNamingTheContactAndThePosition(Rule rule, Locale locale) {
        Draft draft = compose(rule, locale);
        assertFalse(draft.subject().isBlank());
        assertFalse(draft.body().isBlank());
        assertTrue(draft.subject().contains("Senior Developer"), draft.subject());
        assertTrue(draft.body().contains("Kari Nordmann"), draft.body());
        if (rule != Rule.F9) { // the closing message is the seed's wording; its subject names the position
            assertTrue(draft.body().contains("Senior Developer"), draft.body());
        }
        assertFalse((draft.subject() + draft.body()).contains("{{"), "every placeholder rendered");
        assertFalse((draft.subject() + draft.body()).matches("(?s).*\\[[a-z]+[A-Z][a-zA-Z]*].*"), "no value missing");
    }

    @Test
    void theEnglishAndNorwegianDraftsDiffer() {
        for (Rule rule : Rule.values()) {
            assertFalse(compose(rule, Locale.ENGLISH).body().equals(compose(rule, NB).body()), rule.name());
        }
    }

    @Test
    void theThankYouNamesTheInterviewerAndPositionAndAsksPolitelyForADecision() {
        Draft en = compose(Rule.F1, Locale.ENGLISH);
        assertTrue(en.body().startsWith("Dear Kari Nordmann,"));
        assertTrue(en.body().contains("on 19 November 2026 to talk about the Senior Developer position at Equinor"));
        assertTrue(en.body().contains("I am looking forward to hearing from you once you have made your decision"));
        assertTrue(en.body().contains("⟦write one concrete impression"), "the seeker fills in one concrete impression");
        assertTrue(en.placeholders().stream().anyMatch(p -> p.hint().startsWith("write one concrete impression")));
        assertTrue(en.body().endsWith("Ada Lovelace"));
        Draft nb = compose(Rule.F1, NB);
        assertTrue(nb.body().startsWith("Hei Kari Nordmann,"));
        assertTrue(nb.body().contains("19. november 2026"), nb.body());
        assertTrue(nb.body().contains("endelige avgjørelsen"));
    }

    @ParameterizedTest(name = "{0} status script follows the seed")
    @CsvSource({"F3", "F4", "F6"})
    void theStatusCallScriptSaysNamePositionAndInterviewDate(Rule rule) {
        String body = compose(rule, Locale.ENGLISH).body();
        assertTrue(body.contains("this is Ada Lovelace"), body);
        assertTrue(body.contains("Senior Developer position on 19 November 2026"), body);
        assertTrue(body.contains("I'm calling to follow up on the status"), body);
        assertTrue(body.contains("when it would be suitable for you to follow up again"), body);
        assertTrue(body.contains("what would have made you a better candidate"), body);
    }

    @Test
    void theStatusCallAfterTheDateMentionsTheDate() {
        assertTrue(compose(Rule.F4, Locale.ENGLISH).subject().contains("4 December 2026"));
        assertTrue(compose(Rule.F4, NB).body().contains("4. desember 2026"));
    }

    @Test
    void theApplicationStatusCheckMentionsTheApplicationDate() {
        assertTrue(compose(Rule.F5, Locale.ENGLISH).body().contains("I applied for the Senior Developer position on 1 October 2026"));
    }

    @Test
    void theFollowUpWithACaseAsksAQuestionNotRaisedOrAddsSomething() {
        String body = compose(Rule.F2, Locale.ENGLISH).body();
        assertTrue(body.contains("a question we did not get to in the interview"));
        assertTrue(body.contains("something you want to add to the picture of yourself"));
    }

    @Test
    void theFeedbackRequestQuotesTheSeed() {
        String body = compose(Rule.F7, Locale.ENGLISH).body();
        assertTrue(body.contains("I always want to improve and try to learn from every application."));
        assertTrue(body.contains("Which experiences are usually most important?"));
        assertTrue(body.contains("other vacancies"));
        assertTrue(compose(Rule.F7, NB).body().contains("Jeg vil alltid bli bedre og prøver å lære av hver søknad."));
    }

    @Test
    void theReferenceChecklistIsAChecklist() {
        String body = compose(Rule.F8, Locale.ENGLISH).body();
        assertTrue(body.lines().filter(l -> l.startsWith("[ ] ")).count() >= 5, body);
    }

    @Test
    void theClosingMessageQuotesTheSeed() {
        assertTrue(compose(Rule.F9, Locale.ENGLISH).body().contains("It's been a while since I heard from you. "
                + "I understand that you have a lot to do. I need to move on to other jobs now, but I'm still interested "
                + "in the job, so feel free to contact me when you know more."));
    }

    @Test
    void aTenantOverrideReplacesTheTemplateOfThatRuleAndLanguageOnly() {
        TemplateOverrides overrides = TemplateOverrides.none()
                .with(Rule.F1, NB, "Subject: Tusen takk, {{contactName}}\n\nTakk for praten om {{position}}.\nHilsen {{seekerName}}\n");
        Draft nb = DraftComposer.compose(Rule.F1, KARI, NB, overrides);
        assertEquals(new Draft("Tusen takk, Kari Nordmann", "Takk for praten om Senior Developer.\nHilsen Ada Lovelace"), nb);
        assertEquals(compose(Rule.F1, Locale.ENGLISH), DraftComposer.compose(Rule.F1, KARI, Locale.ENGLISH, overrides));
        assertEquals(compose(Rule.F2, NB), DraftComposer.compose(Rule.F2, KARI, NB, overrides));
    }

    @Test
    void aTypoInATenantTemplateStaysVisible() {
        TemplateOverrides overrides = TemplateOverrides.none().with(Rule.F9, Locale.ENGLISH, "Subject: Hi {{contactNmae}}\nBye");
        assertEquals("Hi {{contactNmae}}", DraftComposer.compose(Rule.F9, KARI, Locale.ENGLISH, overrides).subject());
    }

    @Test
    void anOverrideWithoutASubjectLineIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TemplateOverrides.none().with(Rule.F1, Locale.ENGLISH, "Dear {{contactName}}"));
    }

    @ParameterizedTest(name = "locale {0} -> {1}")
    @CsvSource({"de-DE, en", "fr, en", "sv-SE, en", "en-GB, en", "nb-NO, nb", "no, nb", "nn-NO, nb"})
    void unknownLocalesFallBackToEnglish(String tag, String language) {
        Locale locale = Locale.forLanguageTag(tag);
        assertEquals(language, DraftComposer.language(locale));
        assertEquals(compose(Rule.F1, "nb".equals(language) ? NB : Locale.ENGLISH), compose(Rule.F1, locale));
    }

    @Test
    void aMissingLocaleAndMissingOverridesMeanEnglishAndBundled() {
        assertEquals(compose(Rule.F3, Locale.ENGLISH), DraftComposer.compose(Rule.F3, KARI, null, null));
    }

    @Test
    void anUnknownContactGetsANeutralGreetingAndAMissingNameIsMarkedToFillIn() {
        DraftContext noDate = new DraftContext(null, "Equinor", "Senior Developer", null, null, null, null, null);
        Draft draft = DraftComposer.compose(Rule.F1, noDate, Locale.ENGLISH, TemplateOverrides.none());
        assertTrue(draft.body().startsWith("Hello,"), draft.body());
        assertTrue(draft.body().contains("to meet me to talk about"), draft.body());
        assertTrue(draft.body().endsWith("⟦your name⟧"), draft.body());
        assertTrue(draft.placeholders().stream().anyMatch(p -> p.hint().equals("your name")), draft.placeholders().toString());
    }
}
