package io.coachline.reminder.draft;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny {@code {{placeholder}}} renderer. A known placeholder (a key of the value map) is replaced by
 * its value, or by {@code [name]} when the value is null; an unknown one is left exactly as written, so
 * a typo in a tenant's template stays visible.
 */
public final class PlaceholderRenderer {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

    private PlaceholderRenderer() {
    }

    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (!values.containsKey(name)) {
                replacement = m.group();
            } else if (values.get(name) == null) {
                replacement = "[" + name + "]";
            } else {
                replacement = values.get(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names used in {@code template}, in order of first use. */
    public static Set<String> placeholdersIn(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
