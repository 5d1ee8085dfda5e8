package io.coachline.reminder.draft;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny renderer for the mustache subset the draft templates use:
 * <ul>
 *   <li>{@code {{name}}}: a known placeholder (a key of the value map) is replaced by its value; when the
 *   value is null it becomes a fill-in segment {@code ⟦label⟧} the seeker has to complete (never a raw
 *   {@code [name]} that reads as if it were text); an unknown name is left as written, so a typo in a
 *   tenant's template stays visible;</li>
 *   <li>{@code {{#name}}…{{/name}}}: the text only when {@code name} has a value;</li>
 *   <li>{@code {{^name}}…{{/name}}}: the text only when it has none (e.g. a neutral greeting).</li>
 * </ul>
 * Sections do not nest within the same name.
 */
public final class PlaceholderRenderer {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
    static final Pattern SECTION = Pattern.compile("(?s)\\{\\{([#^])\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}(.*?)\\{\\{/\\s*\\2\\s*}}");

    /** Opens and closes a segment the seeker must fill in; the portal highlights it, the mail labels it. */
    public static final String FILL_OPEN = "⟦";
    public static final String FILL_CLOSE = "⟧";

    private PlaceholderRenderer() {
    }

    /** Renders with the placeholder's own name as the fill-in label of a missing value. */
    public static String render(String template, Map<String, String> values) {
        return render(template, values, name -> name);
    }

    public static String render(String template, Map<String, String> values, Function<String, String> missingLabel) {
        String text = template;
        // innermost-first until stable, so different names may nest
        for (int guard = 0; guard < 10; guard++) {
            Matcher s = SECTION.matcher(text);
            StringBuilder out = new StringBuilder();
            boolean any = false;
            while (s.find()) {
                any = true;
                String name = s.group(2);
                boolean present = values.get(name) != null && !values.get(name).isBlank();
                boolean keep = "#".equals(s.group(1)) == present;
                s.appendReplacement(out, Matcher.quoteReplacement(keep ? s.group(3) : ""));
            }
            s.appendTail(out);
            text = out.toString();
            if (!any) {
                break;
            }
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (!values.containsKey(name)) {
                replacement = m.group();
            } else if (values.get(name) == null || values.get(name).isBlank()) {
                replacement = FILL_OPEN + missingLabel.apply(name) + FILL_CLOSE;
            } else {
                replacement = values.get(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names used in {@code template} (also as section names), in order of first use. */
    public static Set<String> placeholdersIn(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\{\\{[#^/]?\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
