package io.coachline.tracker.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.coachline.tracker.application.Sector;
import io.coachline.tracker.application.Stage;
import io.coachline.tracker.csv.ApplicationCsv.Column;

/**
 * How a file would be imported, before anything is stored (POST /api/applications/import/preview):
 * the layout, the column and word mappings with how each was found, what is left unmapped, the
 * date order, and the problems that remain. The seeker's choices go back with the import.
 *
 * @param layout       {@code native} (this service's export) or {@code flat} (one application per row)
 * @param fingerprint  the layout's identity; a mapping is remembered per seeker and fingerprint
 * @param remembered   true if choices remembered from an earlier file of this layout were applied
 * @param columns      every header cell: the field it goes to ({@code notes}, {@code ignore}, a column)
 *                     and {@code by}: {@code name}, {@code alias}, {@code seeker} or {@code none}
 * @param values       the words of the stage and sector columns and every word nothing fits
 *                     ({@code target} null), with how often each occurs
 * @param unmapped     headers that go to the notes for want of a field, and words nothing fits
 * @param dates        the date order given or inferred, and whether the seeker must choose one
 * @param targets      what a column may be mapped to; per enumerated column what a word may be
 * @param errors       what would still refuse the file with these choices (empty: it imports)
 */
public record ImportPreview(String layout, String fingerprint, boolean remembered, int rows, int applications,
                            List<ColumnView> columns, List<ValueView> values, Unmapped unmapped, Dates dates,
                            Targets targets, List<RowError> errors) {

    public record ColumnView(String header, String target, String by, List<String> samples) {
    }

    public record ValueView(String column, String header, String value, int count, String target, String by) {
    }

    public record Unmapped(List<String> columns, List<ValueView> values) {
    }

    public record Dates(DateOrder given, DateOrder inferred, boolean needed, boolean conflict, List<String> examples) {
    }

    public record Targets(List<String> columns, Map<String, List<String>> values) {
    }

    public ImportPreview withRemembered(boolean remembered) {
        return new ImportPreview(layout, fingerprint, remembered, rows, applications, columns, values, unmapped, dates,
                targets, errors);
    }

    static ImportPreview of(CsvImport.Analysis a, ImportOptions options) {
        HeaderMapping h = a.header;
        if (h == null) {
            return new ImportPreview(null, null, false, 0, 0, List.of(), List.of(), new Unmapped(List.of(), List.of()),
                    new Dates(options.dateOrder(), null, false, false, List.of()), null, a.result.errors());
        }
        List<ColumnView> columns = new ArrayList<>();
        List<String> unmappedColumns = new ArrayList<>();
        for (HeaderMapping.Proposal p : h.proposals) {
            List<String> samples = new ArrayList<>();
            for (List<String> r : a.sample) {
                if (p.position() < r.size() && !r.get(p.position()).isBlank()) {
                    String sample = CsvImport.abbreviate(r.get(p.position()).strip());
                    if (!samples.contains(sample)) {
                        samples.add(sample);
                    }
                }
            }
            columns.add(new ColumnView(p.header(), p.target(), p.by(), samples));
            if (p.by().equals("none")) {
                unmappedColumns.add(p.header());
            }
        }
        List<ValueView> values = new ArrayList<>();
        List<ValueView> unmappedValues = new ArrayList<>();
        if (a.rows != null) {
            for (RowReading.Word w : a.rows.words.values()) {
                ValueView v = new ValueView(w.column.header(), h.text(w.column), w.value, w.count, w.target, w.by);
                values.add(v);
                if (w.target == null) {
                    unmappedValues.add(v);
                }
            }
        }
        ImportDates.Inference d = a.dates;
        Dates dates = d == null ? new Dates(options.dateOrder(), null, false, false, List.of())
                : new Dates(options.dateOrder(), d.settled(), d.needsOrder(options.dateOrder()), d.conflict(), d.examples());
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put(Column.STAGE.header(), withNotes(Stage.values()));
        words.put(Column.SECTOR.header(), withNotes(Sector.values()));
        return new ImportPreview(h.flat ? "flat" : "native", HeaderMapping.fingerprint(h.header), false, a.records,
                a.result.applications().size(), columns, values, new Unmapped(unmappedColumns, unmappedValues), dates,
                new Targets(HeaderMapping.targets(h.flat), words), a.result.errors());
    }

    private static List<String> withNotes(Enum<?>[] constants) {
        List<String> out = new ArrayList<>(Arrays.stream(constants).map(Enum::name).toList());
        out.add(HeaderMapping.NOTES);
        return out;
    }
}
