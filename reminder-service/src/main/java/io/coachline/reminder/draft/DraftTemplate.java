package io.coachline.reminder.draft;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A draft template: the text format of {@code drafts/<rule>_<language>.txt} is a first line
 * {@code Subject: ...}, then the body (blank lines right after the subject line are skipped).
 */
public record DraftTemplate(String subject, String body) {

    public DraftTemplate {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    public static DraftTemplate parse(String text) {
        Objects.requireNonNull(text, "text");
        String normalized = text.replace("\r\n", "\n").replace("\r", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        int newline = normalized.indexOf('\n');
        String first = newline < 0 ? normalized : normalized.substring(0, newline);
        if (!first.startsWith("Subject:")) {
            throw new IllegalArgumentException("a draft template starts with a 'Subject:' line, this one with: " + first);
        }
        String subject = first.substring("Subject:".length()).strip();
        String body = newline < 0 ? "" : normalized.substring(newline + 1);
        body = body.replaceFirst("^(\\s*\n)+", "").stripTrailing();
        return new DraftTemplate(subject, body);
    }

    public Draft render(Map<String, String> values) {
        return render(values, name -> name);
    }

    /** Renders with {@code missingLabel} naming a missing value in its fill-in segment. */
    public Draft render(Map<String, String> values, Function<String, String> missingLabel) {
        return new Draft(PlaceholderRenderer.render(subject, values, missingLabel),
                PlaceholderRenderer.render(body, values, missingLabel));
    }
}
