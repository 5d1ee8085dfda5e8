package io.coachline.reminder.draft;

import io.coachline.reminder.plan.Rule;

import java.util.Map;

/** A rule's short name for people (mail, calendar): never the internal code ("F1"). Same words as the portal. */
public final class RuleTitle {

    private static final Map<Rule, String> EN = Map.of(Rule.F1, "Thank-you note", Rule.F2, "Follow-up with a case",
            Rule.F3, "Status check", Rule.F4, "Status after the decision date", Rule.F5, "Check on your application",
            Rule.F6, "Ask about the next round", Rule.F7, "Ask for feedback", Rule.F8, "Prepare your references",
            Rule.F9, "Closing message");
    private static final Map<Rule, String> NB = Map.of(Rule.F1, "Takkemelding", Rule.F2, "Oppfølging med en sak",
            Rule.F3, "Statussjekk", Rule.F4, "Status etter beslutningsdato", Rule.F5, "Sjekk søknaden",
            Rule.F6, "Spør om neste runde", Rule.F7, "Be om tilbakemelding", Rule.F8, "Forbered referanser",
            Rule.F9, "Avslutningsmelding");

    private RuleTitle() {
    }

    public static String of(Rule rule, String language) {
        return ("nb".equals(language) ? NB : EN).get(rule);
    }
}
