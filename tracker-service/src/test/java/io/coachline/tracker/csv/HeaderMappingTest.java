package io.coachline.tracker.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.coachline.tracker.application.Sector;
import io.coachline.tracker.application.Stage;
import io.coachline.tracker.csv.ApplicationCsv.Column;

/** The header mapping and the word lists on their own. */
class HeaderMappingTest {

    private static String targets(HeaderMapping m) {
        return String.join(" ", m.proposals.stream().map(p -> p.target() + "/" + p.by()).toList());
    }

    @Test
    void aFlatHeaderMapsByNameByAliasAndLeavesTheRestToTheNotes() {
        HeaderMapping m = new HeaderMapping(List.of("Company", "jobTitle", "Date Saved", "Salary", ""), Map.of());
        assertTrue(m.flat);
        assertEquals("employer/alias position/alias saved_on/alias notes/none", targets(m));
        assertEquals(List.of(3), m.notes);
        assertEquals(0, m.index[Column.EMPLOYER.ordinal()]);
        assertEquals(List.of(), m.errors);
    }

    @Test
    void aNativeHeaderIgnoresWhatItDoesNotKnowAndRoleIsTheContactsRole() {
        HeaderMapping m = new HeaderMapping(List.of("record", "application_ref", "employer", "position", "role", "Salary"),
                Map.of());
        assertFalse(m.flat);
        assertEquals(4, m.index[Column.ROLE.ordinal()]);
        assertEquals(List.of("Salary"), m.ignored);
    }

    @Test
    void theSeekersChoiceWinsAndAWrongOneIsAnError() {
        HeaderMapping m = new HeaderMapping(List.of("Firma", "Stilling", "Bransje"),
                Map.of("firma", "Employer", "STILLING", "position", "Bransje", "ignore"));
        assertEquals("employer/seeker position/seeker ignore/seeker", targets(m));
        HeaderMapping wrong = new HeaderMapping(List.of("Company", "Title", "X"), Map.of("X", "round"));
        assertEquals("X", wrong.errors.get(0).field(), "a flat file has no interview rounds");
    }

    @Test
    void aColumnNamedTwiceIsAnError() {
        HeaderMapping m = new HeaderMapping(List.of("Company", "Title", "Employer"), Map.of());
        assertEquals("column employer appears twice (also as \"Company\")", m.errors.get(0).message());
    }

    @ParameterizedTest
    @CsvSource({"Draft, WISHLIST", "Sent, APPLIED", "Closed, REJECTED", "Not Selected, REJECTED", "I Withdrew, WITHDRAWN",
            "Negotiating, OFFER", "prospective, WISHLIST", "screening, INTERVIEW", "ghosted, NO_RESPONSE",
            "on-hold, ON_HOLD", "REFERENCE_CHECK, REFERENCE_CHECK"})
    void stageWords(String word, Stage stage) {
        assertEquals(stage, ValueWords.stage(word));
    }

    @Test
    void sectorWordsButNoIndustries() {
        assertEquals(Sector.PUBLIC, ValueWords.constant(Sector.class, "Public sector"));
        assertEquals(Sector.NON_PROFIT, ValueWords.constant(Sector.class, "non-profit"));
        assertNull(ValueWords.constant(Sector.class, "Software"));
        assertNull(ValueWords.stage("Parked"));
    }
}
