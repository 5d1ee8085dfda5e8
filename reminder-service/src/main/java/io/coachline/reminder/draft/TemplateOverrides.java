package io.coachline.reminder.draft;

import io.coachline.reminder.plan.Rule;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's replacements for bundled templates, per (rule, language). The text uses the bundled
 * format ({@code Subject: ...} line, then the body) and is checked when added. Immutable.
 */
public final class TemplateOverrides {

    private static final TemplateOverrides NONE = new TemplateOverrides(Map.of());

    private final Map<String, DraftTemplate> templates;

    private TemplateOverrides(Map<String, DraftTemplate> templates) {
        this.templates = Map.copyOf(templates);
    }

    public static TemplateOverrides none() {
        return NONE;
    }

    /**
     * A copy with {@code template} replacing the template of {@code rule} in {@code locale}'s draft
     * language (see {@link DraftComposer#language(Locale)}).
     *
     * @throws IllegalArgumentException when the text does not start with a {@code Subject:} line
     */
    public TemplateOverrides with(Rule rule, Locale locale, String template) {
        Objects.requireNonNull(rule, "rule");
        Map<String, DraftTemplate> more = new HashMap<>(templates);
        more.put(key(rule, DraftComposer.language(locale)), DraftTemplate.parse(template));
        return new TemplateOverrides(more);
    }

    public Optional<DraftTemplate> find(Rule rule, String language) {
        return Optional.ofNullable(templates.get(key(rule, language)));
    }

    private static String key(Rule rule, String language) {
        return rule.name() + "_" + language;
    }
}
