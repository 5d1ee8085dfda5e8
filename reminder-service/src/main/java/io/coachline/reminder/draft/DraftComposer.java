package io.coachline.reminder.draft;

import io.coachline.reminder.plan.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the draft for a reminder in the seeker's language: Norwegian Bokmål ({@code nb}; also chosen
 * for {@code no} and {@code nn}) or English (every other locale). A tenant override for the (rule,
 * language) wins over the bundled template {@code drafts/<rule>_<language>.txt}.
 */
public final class DraftComposer {

    /** The languages drafts are bundled in. */
    public static final List<String> LANGUAGES = List.of("en", "nb");

    private static final Map<String, DraftTemplate> BUNDLED = new ConcurrentHashMap<>();

    private DraftComposer() {
    }

    public static Draft compose(Rule rule, DraftContext ctx, Locale locale, TemplateOverrides overrides) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ctx, "ctx");
        String language = language(locale);
        DraftTemplate template = (overrides == null ? TemplateOverrides.none() : overrides).find(rule, language)
                .orElseGet(() -> bundled(rule, language));
        return template.render(ctx.values(language), name -> DraftContext.label(name, language));
    }

    /** "nb" for Norwegian (nb, no, nn), "en" for anything else (including null). */
    public static String language(Locale locale) {
        if (locale == null) {
            return "en";
        }
        return switch (locale.getLanguage()) {
            case "nb", "no", "nn" -> "nb";
            default -> "en";
        };
    }

    /** The draft language of a stored locale tag ("nb-NO", "en", null). */
    public static String language(String localeTag) {
        return language(localeTag == null || localeTag.isBlank() ? null : Locale.forLanguageTag(localeTag));
    }

    /** The bundled template of {@code rule} in {@code language} ("en" or "nb"). */
    public static DraftTemplate bundled(Rule rule, String language) {
        return BUNDLED.computeIfAbsent(rule.name() + "_" + language, DraftComposer::load);
    }

    private static DraftTemplate load(String name) {
        String path = "/drafts/" + name + ".txt";
        try (InputStream in = DraftComposer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing draft template " + path);
            }
            return DraftTemplate.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read draft template " + path, e);
        }
    }
}
