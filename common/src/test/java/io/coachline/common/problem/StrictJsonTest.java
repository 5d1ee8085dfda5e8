package io.coachline.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a JSON body may hold, with the field and message a client gets back for what it may not. */
class StrictJsonTest {

    enum Sector { PUBLIC, PRIVATE }

    record Body(String name, List<String> tags, LocalDate on, OffsetDateTime at, Sector sector, Integer priority, long count) {
    }

    final ObjectMapper json = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void ordinaryValuesAreRead() throws Exception {
        Body b = json.readValue("{\"name\":\"Fjordkraft 😀\",\"tags\":[\"a\"],\"on\":\"1900-01-01\",\"at\":\"2200-12-31T23:59:59Z\","
                + "\"sector\":\"PUBLIC\",\"priority\":2,\"count\":9223372036854775807}", Body.class);
        assertEquals(Sector.PUBLIC, b.sector());
        assertEquals(LocalDate.of(1900, 1, 1), b.on());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"a\\u0000b\"}                   | name     | Must not contain the NUL character (\\u0000).",
            "{\"tags\":[\"ok\",\"\\u0000\"]}            | tags[1]  | Must not contain the NUL character (\\u0000).",
            "{\"name\":\"\\ud800x\"}                    | name     | Must not contain a lone UTF-16 surrogate (\\ud800).",
            "{\"on\":\"+999999999-12-31\"}              | on       | Must be a date from 1900-01-01 to 2200-12-31.",
            "{\"on\":\"-99999-01-01\"}                  | on       | Must be a date from 1900-01-01 to 2200-12-31.",
            "{\"on\":\"1899-12-31\"}                    | on       | Must be a date from 1900-01-01 to 2200-12-31.",
            "{\"at\":\"+999999999-12-31T00:00:00Z\"}    | at       | Must be an instant from 1900-01-01 to 2200-12-31.",
            "{\"on\":\"2026-13-45\"}                    | on       | Is not a valid date (yyyy-MM-dd).",
            "{\"sector\":0}                             | sector   | Must be one of PUBLIC, PRIVATE.",
            "{\"priority\":9223372036854775808}         | priority | Is out of range for this field.",
            "{\"count\":9223372036854775808}            | count    | Is out of range for this field.",
            "{\"priority\":1e400}                       | priority | Is out of range for this field.",
            "{\"priority\":\"high\"}                    | priority | Is not a valid whole number.",
            "{\"priority\":{}}                          | priority | Has the wrong type or shape.",
            "{\"name\":{\"x\":1}}                       | name     | Has the wrong type or shape.",
            "{\"name\":                               |          |",  // truncated
    })
    void refusedValuesNameTheirFieldAndNothingOfJava(String body, String field, String message) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Body.class));
        FieldError error = ProblemMappers.fieldErrorOf(e);
        if (field == null) {
            assertEquals(new FieldError("body", "The body is not valid JSON."), error);
        } else {
            assertEquals(new FieldError(field, message), error);
        }
        assertFalse(error.message().matches(".*(java|jackson|Source|line:|column:|\\$|class ).*"), error.message());
    }
}
