package io.coachline.common.paging;

import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.ProblemException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorTest {

    static final UUID ID = UUID.fromString("0b6f2c8e-1d7a-4a53-9a43-5a1b2c3d4e5f");

    @Test
    void keysComeBackAsTheyWent() {
        Instant at = Instant.parse("2026-11-02T09:15:30.123456Z");
        Cursor c = Cursor.decode("applications", Cursor.encode("applications", at, ID), 2);
        assertEquals(at, c.instant(0));
        assertEquals(ID, c.id(1));
        Cursor d = Cursor.decode("reminders", Cursor.encode("reminders", LocalDate.of(2026, 12, 3), ID), 2);
        assertEquals(LocalDate.of(2026, 12, 3), d.date(0));
        assertEquals(120, Cursor.decode("client-reminders", Cursor.encode("client-reminders", 120), 1).offset(0));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.decode("applications", null, 2));
        assertNull(Cursor.decode("applications", "  ", 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LTE",                                      // not Base64 of anything we gave out
            "%%%",                                      // not Base64 at all
            "YXBwbGljYXRpb25z",                         // "applications": no keys
            "cmVtaW5kZXJzfDIwMjYtMTItMDN8MGI2ZjJjOGUtMWQ3YS00YTUzLTlhNDMtNWExYjJjM2Q0ZTVm", // another list's cursor
            "_w",                                       // one byte that is not UTF-8
    })
    void forgedTruncatedOrForeignCursorsAre400Cursor(String cursor) {
        assertInvalid(() -> Cursor.decode("applications", cursor, 2).instant(0));
    }

    @Test
    void keysOutsideTheirRangeAre400Cursor() {
        assertInvalid(() -> Cursor.decode("a", raw("a|+1000000-01-01T00:00:00Z|" + ID), 2).instant(0));
        assertInvalid(() -> Cursor.decode("a", raw("a|2201-01-02T00:00:00Z|" + ID), 2).instant(0));
        assertInvalid(() -> Cursor.decode("a", raw("a|-99999-01-01|" + ID), 2).date(0));
        assertInvalid(() -> Cursor.decode("a", raw("a|+999999999-12-31|" + ID), 2).date(0));
        assertInvalid(() -> Cursor.decode("a", raw("a|2026-01-01|1-1-1-1-1"), 2).id(1));
        assertInvalid(() -> Cursor.decode("a", raw("a|-1"), 1).offset(0));
        assertInvalid(() -> Cursor.decode("a", raw("a|99999999999"), 1).offset(0));
        assertInvalid(() -> Cursor.decode("a", raw("a|2026-01-01|" + ID + "|extra"), 2));
        assertInvalid(() -> Cursor.decode("a", "A".repeat(600), 2));
    }

    @Property(tries = 300)
    void anyTextIsACursorOrA400NamingCursor(@ForAll String text) {
        try {
            Cursor c = Cursor.decode("applications", text, 2);
            if (c != null) {
                c.instant(0);
                c.id(1);
            }
        } catch (ProblemException e) {
            assertEquals(List.of(new FieldError("cursor", Cursor.INVALID)), e.problem().errors());
        }
    }

    @Property(tries = 300)
    void everyPositionInRangeRoundTrips(@ForAll("instants") Instant at, @ForAll("ids") UUID id) {
        Cursor c = Cursor.decode("feedback", Cursor.encode("feedback", at, id), 2);
        assertEquals(at, c.instant(0));
        assertEquals(id, c.id(1));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1900-01-02T00:00:00Z").getEpochSecond(),
                        Instant.parse("2200-12-30T00:00:00Z").getEpochSecond())
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<UUID> ids() {
        return Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
    }

    static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static void assertInvalid(org.junit.jupiter.api.function.Executable decoding) {
        ProblemException e = assertThrows(ProblemException.class, decoding);
        assertEquals(400, e.problem().status());
        assertEquals("cursor", e.problem().errors().get(0).field());
    }
}
