package io.coachline.reminder.dispatch;

import io.coachline.reminder.draft.Draft;
import io.coachline.reminder.draft.PlaceholderRenderer;
import io.coachline.reminder.draft.RuleTitle;
import io.coachline.reminder.draft.WhyNow;
import io.coachline.reminder.plan.Rule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The e-mail of one or several due follow-ups in the seeker's language: a plain-text part and an HTML
 * part, each follow-up with its reason, a link into the portal and its draft (the parts the seeker must
 * write are marked "fill in"), and at the end how to change or stop these mails.
 */
public final class FollowUpMail {

    /** One due follow-up: its rule, day, the English reason of the planner, its application's names and draft. */
    public record Item(Rule rule, LocalDate dueOn, String reason, String applicationId, String employer,
                       String position, Draft draft) {
    }

    public record Content(String subject, String text, String html) {
    }

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter NB_DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM", Locale.forLanguageTag("nb"));

    private FollowUpMail() {
    }

    /**
     * @param digest      true for the morning digest (subject counts the follow-ups), false for a single one
     * @param language    "en" or "nb"
     * @param today       the seeker's day
     * @param portalUrl   the portal's base address
     * @param unsubscribe the seeker's one-click unsubscribe address
     */
    public static Content compose(List<Item> items, boolean digest, String seekerName, String language, LocalDate today,
                                  String portalUrl, String unsubscribe) {
        Objects.requireNonNull(items, "items");
        boolean nb = "nb".equals(language);
        String day = (nb ? NB_DAY : EN_DAY).format(today);
        String subject = digest || items.size() != 1
                ? "[Coachline] " + (nb ? items.size() + (items.size() == 1 ? " oppfølging " : " oppfølginger ") + day
                : items.size() + (items.size() == 1 ? " follow-up for " : " follow-ups for ") + day)
                : "[Coachline] " + items.get(0).draft().subject();
        String greeting = seekerName == null || seekerName.isBlank() ? (nb ? "God morgen!" : "Good morning,")
                : (nb ? "God morgen, " + seekerName + "!" : "Good morning " + seekerName + ",");
        String intro = nb ? (items.size() == 1 ? "Dette er oppfølgingen din i dag:" : "Dette er oppfølgingene dine i dag:")
                : (items.size() == 1 ? "Here is your follow-up for today:" : "Here are your follow-ups for today:");
        String fillIn = nb ? "Fyll inn det som står i ⟦ ⟧ før du sender." : "Fill in the parts marked ⟦ ⟧ before you send.";
        String why = nb ? "Hvorfor nå" : "Why now";
        String open = nb ? "Åpne i Coachline" : "Open in Coachline";
        String overdue = nb ? "forfalt " : "overdue since ";
        String footer = nb ? "Du får denne e-posten fordi du bruker Coachline. Velg én e-post om morgenen, én per oppfølging "
                + "eller ingen under Innstillinger" : "You get this e-mail because you use Coachline. Choose one morning "
                + "e-mail, one per follow-up or none in Settings";
        String stop = nb ? "Ikke send meg flere e-poster" : "Send me no more e-mails";

        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(intro).append("\n");
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(language)
                .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(subject)).append("</title></head>")
                .append("<body style=\"font-family:sans-serif;line-height:1.4;max-width:40em\"><p>").append(esc(greeting))
                .append("</p><p>").append(esc(intro)).append("</p>");
        int n = 0;
        for (Item item : items) {
            n++;
            String title = RuleTitle.of(item.rule(), language) + " · " + item.employer() + " — " + item.position();
            String link = portalUrl + "/#/applications/" + item.applicationId();
            String reason = WhyNow.text(item.reason(), language);
            String late = item.dueOn().isBefore(today) ? " (" + overdue + WhyNow.date(item.dueOn(), language) + ")" : "";
            Draft d = item.draft();
            text.append("\n").append(n).append(". ").append(title).append(late).append("\n")
                    .append("   ").append(why).append(": ").append(reason).append("\n")
                    .append("   ").append(open).append(": ").append(link).append("\n\n")
                    .append(indent(d.subject())).append("\n\n").append(indent(d.body())).append("\n");
            if (!d.placeholders().isEmpty()) {
                text.append("\n   ").append(fillIn).append("\n");
            }
            html.append("<h2 style=\"font-size:1.1em\">").append(esc(title)).append(esc(late)).append("</h2>")
                    .append("<p><strong>").append(esc(why)).append(":</strong> ").append(esc(reason)).append("</p>")
                    .append("<p><a href=\"").append(esc(link)).append("\">").append(esc(open)).append("</a></p>")
                    .append("<blockquote style=\"border-left:3px solid #ccc;margin:0;padding-left:1em\"><p><strong>")
                    .append(marked(d.subject(), nb)).append("</strong></p><p style=\"white-space:pre-wrap\">")
                    .append(marked(d.body(), nb)).append("</p></blockquote>");
        }
        text.append("\n-- \n").append(footer).append(": ").append(portalUrl).append("/#/settings\n")
                .append(stop).append(": ").append(unsubscribe).append("\n");
        html.append("<hr><p style=\"font-size:.9em;color:#555\">").append(esc(footer)).append(": <a href=\"")
                .append(esc(portalUrl)).append("/#/settings\">").append(esc(portalUrl)).append("/#/settings</a><br><a href=\"")
                .append(esc(unsubscribe)).append("\">").append(esc(stop)).append("</a></p></body></html>");
        return new Content(subject, text.toString(), html.toString());
    }

    private static String indent(String s) {
        return s.lines().map(l -> l.isEmpty() ? "" : "   " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** HTML-escaped, with the seeker's parts shown as highlighted "fill in" marks. */
    static String marked(String s, boolean nb) {
        return esc(s).replace(PlaceholderRenderer.FILL_OPEN, "<mark title=\"" + (nb ? "fyll inn" : "fill in") + "\">⟦"
                + (nb ? "fyll inn: " : "fill in: ")).replace(PlaceholderRenderer.FILL_CLOSE, "⟧</mark>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
