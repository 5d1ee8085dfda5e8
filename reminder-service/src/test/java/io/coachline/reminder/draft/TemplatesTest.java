package io.coachline.reminder.draft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coachline.reminder.plan.Rule;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatesTest {

    static Stream<Arguments> bundledTemplates() {
        return Stream.of(Rule.values()).flatMap(rule -> DraftComposer.LANGUAGES.stream().map(lang -> Arguments.of(rule, lang)));
    }

    @ParameterizedTest(name = "{0}_{1}.txt")
    @MethodSource("bundledTemplates")
    void everyTemplatesPlaceholdersAreAllKnown(Rule rule, String language) {
        DraftTemplate template = DraftComposer.bundled(rule, language);
        Set<String> used = new HashSet<>(PlaceholderRenderer.placeholdersIn(template.subject()));
        used.addAll(PlaceholderRenderer.placeholdersIn(template.body()));
        Set<String> unknown = new HashSet<>(used);
        unknown.removeAll(DraftContext.PLACEHOLDERS);
        assertTrue(unknown.isEmpty(), "unknown placeholders " + unknown);
        assertTrue(used.contains("position") && used.contains("contactName"), "names the contact and the position: " + used);
        assertFalse(template.subject().isBlank());
        assertFalse(template.body().isBlank());
    }

    @Test
    void placeholdersAreFoundWithOrWithoutSpacesInTheBraces() {
        assertTrue(PlaceholderRenderer.placeholdersIn("{{ a }} {{b}} {{a}}").equals(Set.of("a", "b")));
    }
}
