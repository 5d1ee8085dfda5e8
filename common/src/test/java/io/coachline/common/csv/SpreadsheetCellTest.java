package io.coachline.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+47 555 01 234|'+47 555 01 234",
            "-2|'-2",
            "@SUM(A1)|'@SUM(A1)",
            "'=already quoted|''=already quoted",
            "plain|plain",
            "a=b|a=b",
            "'quoted text|'quoted text"})
    void formulaLookingCellsGetOneQuote(String text, String cell) {
        assertEquals(cell, SpreadsheetCell.neutralise(text));
        assertEquals(text, SpreadsheetCell.restore(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tTab first", "\rCR first", "'", "''", "'-", "", "x", "''''=deep", "'plain"})
    void restoreUndoesNeutraliseForEveryText(String text) {
        assertEquals(text, SpreadsheetCell.restore(SpreadsheetCell.neutralise(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tTab first", "\rCR first"})
    void tabAndCarriageReturnAreNeutralised(String text) {
        assertEquals("'" + text, SpreadsheetCell.neutralise(text));
    }
}
