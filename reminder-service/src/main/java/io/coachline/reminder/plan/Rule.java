package io.coachline.reminder.plan;

/** The follow-up rules of domain.md, F1 to F9. */
public enum Rule {
    F1("Thank-you note to each interviewer the working day after the interview"),
    F2("Follow-up with a case a few working days after the interview if nothing was heard"),
    F3("Status call when no decision date was given (7-10 working days after the interview)"),
    F4("Status call just after the decision date the employer gave, never before it"),
    F5("Status check of an application that got no answer"),
    F6("Status call about the next round when it was not scheduled in the expected time"),
    F7("Ask for feedback after a rejection, thank them again, ask about other vacancies"),
    F8("Prepare references: the reference check started and an offer usually follows"),
    F9("Closing message after unanswered follow-ups: move on, still interested");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * F2 to F6: the "no answer" status follow-ups that answers cancel, logged follow-ups close, the
     * cool-down spaces out, the decision date holds back and giving up stops.
     */
    public boolean isStatusFollowUp() {
        return this == F2 || this == F3 || this == F4 || this == F5 || this == F6;
    }
}
