package io.coachline.common.paging;

import io.coachline.common.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageLimitTest {

    @ParameterizedTest
    @CsvSource({"1,1", "50,50", "500,500", "' 7 ',7", "007,7"})
    void wholeNumbersFromOneTo500AreTheLimit(String value, int limit) {
        assertEquals(limit, PageLimit.of(value));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void noLimitIs50(String value) {
        assertEquals(50, PageLimit.of(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "-1", "+5", "abc", "1e2", "2.5", "9223372036854775808", "0x10", "١٢", "\u0000", "\u0000\u0001"})
    void anythingElseIs400NamingLimit(String value) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageLimit.of(value));
        assertEquals(400, e.problem().status());
        assertEquals("limit", e.problem().errors().get(0).field());
        assertEquals("Must be a whole number from 1 to 500.", e.problem().errors().get(0).message());
    }
}
