package io.coachline.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hand-written Norwegian bundle of the common problems; English (and any other language) stays as written. */
class ProblemLanguageTest {

    static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Test
    void theCommonProblemsReadNorwegian() {
        Problem notFound = ProblemLanguage.translate(ProblemException.notFound("Reminder 42").problem(), NB);
        assertEquals("Finnes ikke", notFound.title());
        assertEquals("Finnes ikke: Reminder 42.", notFound.detail());

        Problem unreadable = ProblemLanguage.translate(Problem.of(400, "validation", "Invalid request",
                "The request body could not be read.").withErrors(List.of(new FieldError("appliedOn",
                "Is not a valid date (yyyy-MM-dd)."), new FieldError("body", "The body is not valid JSON."))), NB);
        assertEquals("Ugyldig forespørsel", unreadable.title());
        assertEquals("Innholdet i forespørselen kunne ikke leses.", unreadable.detail());
        assertEquals("appliedOn", unreadable.errors().get(0).field(), "field names stay the API's");
        assertEquals("Er ikke en gyldig dato (åååå-mm-dd).", unreadable.errors().get(0).message());
        assertEquals("Innholdet er ikke gyldig JSON.", unreadable.errors().get(1).message());

        assertEquals("Forespørselen har 2 ugyldige felt.", ProblemLanguage.text("The request has 2 invalid field(s)."));
        assertEquals("Må være en av DIGEST, EACH, NONE.", ProblemLanguage.text("must be one of [DIGEST, EACH, NONE]"));
        assertEquals("må fylles ut", ProblemLanguage.text("must not be null"));
        assertEquals("må være minst 1", ProblemLanguage.text("must be greater than or equal to 1"));
        assertEquals("lengden må være mellom 0 og 200", ProblemLanguage.text("size must be between 0 and 200"));
    }

    @Test
    void anIllegalStageMoveSaysWhereTheApplicationMayGo() {
        Problem move = Problem.of(409, "illegal-stage-move", "Illegal stage move", "Cannot move from APPLIED to OFFER.")
                .with("from", "APPLIED").with("to", "OFFER").with("allowedMoves", List.of("INTERVIEW", "REJECTED"))
                .with("allowedWithReopen", List.of());
        Problem nb = ProblemLanguage.translate(move, NB);
        assertEquals("Ugyldig flytting av steg", nb.title());
        assertEquals("Søknaden kan ikke flyttes fra APPLIED til OFFER. Tillatt herfra: INTERVIEW, REJECTED.", nb.detail());
        assertEquals(List.of("INTERVIEW", "REJECTED"), nb.extensionMembers().get("allowedMoves"), "machine-readable parts unchanged");
    }

    @Test
    void englishAndOtherLanguagesAreLeftAsWritten() {
        Problem p = ProblemException.notFound("Reminder 42").problem();
        assertSame(p, ProblemLanguage.translate(p, Locale.ENGLISH));
        assertSame(p, ProblemLanguage.translate(p, Locale.GERMAN));
        assertEquals("Something new.", ProblemLanguage.text("Something new."));
    }
}
