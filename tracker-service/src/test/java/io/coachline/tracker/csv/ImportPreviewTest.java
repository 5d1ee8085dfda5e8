package io.coachline.tracker.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The preview, the date order and the layout fingerprint, without a server. */
class ImportPreviewTest {

    private static ImportPreview preview(String csv, ImportOptions options) {
        return CsvImport.preview(new StringReader(csv), options);
    }

    private static ImportOptions order(DateOrder order) {
        return new ImportOptions(ZoneOffset.UTC, order, Map.of(), Map.of());
    }

    @Test
    void aDayAbove12SettlesTheOrderOfTheWholeFile() {
        assertEquals(DateOrder.DMY, ImportDates.infer(List.of("03/04/2024", "25/12/2024")).settled());
        assertEquals(DateOrder.MDY, ImportDates.infer(List.of("03/04/2024", "12/25/2024")).settled());
        ImportDates.Inference open = ImportDates.infer(List.of("03/04/2024", "2024-01-02", "07/07/2024"));
        assertNull(open.settled());
        assertTrue(open.needsOrder(null));
        assertFalse(open.needsOrder(DateOrder.DMY));
        assertEquals(List.of("03/04/2024"), open.examples());
        ImportDates.Inference both = ImportDates.infer(List.of("25/12/2024", "12/25/2024"));
        assertTrue(both.conflict());
        assertNull(both.settled());
    }

    @Test
    void anAmbiguousFileIsReadInTheGivenOrderAndOtherwiseAsks() {
        String csv = "Company,Title,Date Applied\nAcme,Dev,03/04/2024\nGlobex,Analyst,05/06/2024\n";
        ImportResult refused = CsvImport.read(new StringReader(csv), order(null));
        assertEquals(2, refused.errors().size());
        assertTrue(refused.errors().get(0).message().startsWith("ambiguous date \"03/04/2024\""));
        assertEquals(LocalDate.of(2024, 4, 3),
                CsvImport.read(new StringReader(csv), order(DateOrder.DMY)).applications().get(0).appliedOn());
        assertEquals(LocalDate.of(2024, 3, 4),
                CsvImport.read(new StringReader(csv), order(DateOrder.MDY)).applications().get(0).appliedOn());

        ImportPreview asks = preview(csv, order(null));
        assertTrue(asks.dates().needed());
        assertEquals(List.of("03/04/2024", "05/06/2024"), asks.dates().examples());
        assertEquals(2, asks.errors().size());
        ImportPreview answered = preview(csv, order(DateOrder.DMY));
        assertFalse(answered.dates().needed());
        assertEquals(List.of(), answered.errors());
        assertEquals(2, answered.applications());
    }

    @Test
    void theDateOrderAlsoReadsYearFirstDatesAsWritten() {
        String csv = "Company,Title,Date Applied\nAcme,Dev,2024-03-04\n";
        assertEquals(LocalDate.of(2024, 3, 4),
                CsvImport.read(new StringReader(csv), order(DateOrder.YMD)).applications().get(0).appliedOn());
    }

    @Test
    void thePreviewShowsTheLayoutTheMappingsAndWhatIsUnmapped() {
        String csv = "Company,Position,Industry,Status,Sent on\nAcme,Dev,Software,Draft,\nGlobex,Analyst,Software,Parked,01.02.2026\n";
        ImportPreview p = preview(csv, ImportOptions.utc());
        assertEquals("flat", p.layout());
        assertEquals(2, p.rows());
        assertEquals(0, p.applications(), "Parked refuses the file until it is mapped");
        assertEquals(List.of("Company→employer by alias", "Position→position by name", "Industry→notes by none",
                        "Status→stage by alias", "Sent on→applied_on by alias"),
                p.columns().stream().map(c -> c.header() + "→" + c.target() + " by " + c.by()).toList());
        assertEquals(List.of("Software"), p.columns().get(2).samples());
        assertEquals(List.of("Industry"), p.unmapped().columns());
        assertEquals(List.of("Draft→WISHLIST", "Parked→null"),
                p.values().stream().map(v -> v.value() + "→" + v.target()).toList());
        assertEquals(List.of("Parked"), p.unmapped().values().stream().map(ImportPreview.ValueView::value).toList());
        assertTrue(p.targets().values().get("stage").contains("ON_HOLD"));
        assertTrue(p.targets().columns().contains("notes"));

        ImportPreview mapped = preview(csv, new ImportOptions(ZoneOffset.UTC, null, Map.of("Industry", "ignore"),
                Map.of("stage", Map.of("Parked", "ON_HOLD"))));
        assertEquals(List.of(), mapped.errors());
        assertEquals(2, mapped.applications());
        assertEquals(List.of(), mapped.unmapped().columns());
        assertEquals("seeker", mapped.values().get(1).by());
    }

    @Test
    void theFingerprintIsTheLayoutNotTheRows() {
        assertEquals(HeaderMapping.fingerprint(List.of("Company", "Job Title")),
                HeaderMapping.fingerprint(List.of("company", "job_title")));
        assertNotEquals(HeaderMapping.fingerprint(List.of("Company", "Job Title")),
                HeaderMapping.fingerprint(List.of("Job Title", "Company")));
    }

    @Test
    void aChoiceThatNamesNoColumnIsAnError() {
        ImportPreview p = preview("Company,Title,X\nA,B,C\n",
                new ImportOptions(ZoneOffset.UTC, null, Map.of("X", "salary"), Map.of()));
        assertEquals("X", p.errors().get(0).field());
        assertTrue(p.errors().get(0).message().startsWith("cannot map column \"X\" to \"salary\""));
    }

    @Test
    void flatHistoryTakesTheFilesDatesInOrder() {
        var h = Linking.flatHistory(io.coachline.tracker.application.Stage.REJECTED, null, LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20), ZoneOffset.UTC);
        assertEquals("APPLIED@2026-01-02 INTERVIEW@2026-01-10 REJECTED@2026-01-20", h.stream()
                .map(c -> c.stage() + "@" + c.at().toLocalDate()).reduce((a, b) -> a + " " + b).orElseThrow());
        var undated = Linking.flatHistory(io.coachline.tracker.application.Stage.OFFER, null, null, null, null, ZoneOffset.UTC);
        assertTrue(undated.stream().allMatch(c -> c.at() == null), "no date: the import's own time");
    }
}
