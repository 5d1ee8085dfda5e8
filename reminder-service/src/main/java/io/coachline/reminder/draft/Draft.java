package io.coachline.reminder.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ready-to-edit message (or call script) for one reminder. Text the seeker must still write is marked
 * {@code ⟦…⟧} in subject and body, and listed in {@code placeholders} with its position, so the portal
 * can highlight it and the mail can label it "fill in".
 */
public record Draft(String subject, String body, List<Placeholder> placeholders) {

    public Draft {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        placeholders = List.copyOf(placeholders);
    }

    public Draft(String subject, String body) {
        this(subject, body, find(subject, body));
    }

    /**
     * One segment to fill in: {@code part} is "subject" or "body", {@code start}/{@code end} the char
     * offsets of the whole marked segment (marks included) in that part, {@code hint} the text between the marks.
     */
    public record Placeholder(String part, int start, int end, String hint) {
    }

    static List<Placeholder> find(String subject, String body) {
        List<Placeholder> out = new ArrayList<>();
        collect("subject", subject, out);
        collect("body", body, out);
        return out;
    }

    private static void collect(String part, String text, List<Placeholder> out) {
        int from = 0;
        while (true) {
            int open = text.indexOf(PlaceholderRenderer.FILL_OPEN, from);
            if (open < 0) {
                return;
            }
            int close = text.indexOf(PlaceholderRenderer.FILL_CLOSE, open + 1);
            if (close < 0) {
                return;
            }
            out.add(new Placeholder(part, open, close + 1, text.substring(open + 1, close)));
            from = close + 1;
        }
    }
}
