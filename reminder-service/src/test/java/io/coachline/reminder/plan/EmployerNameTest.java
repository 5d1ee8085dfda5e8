package io.coachline.reminder.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployerNameTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "Equinor ASA              | equinor",
            "EQUINOR                  | equinor",
            "  Equinor,   asa.        | equinor",
            "Equinor A/S              | equinor",
            "DNB Bank ASA             | dnb bank",
            "Siemens AG               | siemens",
            "Spotify AB (publ)        | spotify",
            "Nokia Oyj                | nokia",
            "Acme Ltd.                | acme",
            "Acme Holdings plc        | acme holdings",
            "Acme, Inc.               | acme",
            "Widgets LLC              | widgets",
            "Bosch GmbH               | bosch",
            "Nestlé S.A.              | nestle",
            "Ernst & Young AS         | ernst and young",
            "Statens vegvesen         | statens vegvesen",
            "AS                       | as",           // a name that is only a legal form keeps it
            "Tine SA                  | tine",
            "Møller-Mobility Group AS | møller mobility group",
    })
    void normalisesCasePunctuationAndLegalSuffixes(String name, String expected) {
        assertEquals(expected, EmployerName.normalise(name));
    }

    @Test
    void comparesEmployersNotSpellings() {
        assertTrue(EmployerName.same("Equinor ASA", "equinor"));
        assertTrue(EmployerName.same("Telenor Norge AS", "TELENOR NORGE"));
        assertFalse(EmployerName.same("Telenor", "Telia"));
        assertFalse(EmployerName.same(null, null), "a missing name is no employer");
        assertFalse(EmployerName.same("", " "));
        assertEquals("", EmployerName.normalise(null));
    }
}
