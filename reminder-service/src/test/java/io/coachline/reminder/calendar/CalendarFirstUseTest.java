package io.coachline.reminder.calendar;

import io.coachline.testsupport.Http;
import io.coachline.testsupport.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A seeker opens the calendar in four tabs at once, the first time ever: one feed, four 200s. */
@QuarkusTest
class CalendarFirstUseTest {

    @Test
    void fourTabsAtOnceGetOneFeed() {
        List<Http.Answer> answers = Parallel.run(4, i -> Http.send("nordlys-seeker6", "GET", "/api/calendar", null));
        answers.forEach(a -> assertEquals(200, a.status(), a.body()));
        String url = answers.get(0).json().path("url").asText();
        answers.forEach(a -> assertEquals(url, a.json().path("url").asText(), "one feed, so one address"));
        assertEquals(url, Http.send("nordlys-seeker6", "GET", "/api/calendar", null).json().path("url").asText());
    }
}
