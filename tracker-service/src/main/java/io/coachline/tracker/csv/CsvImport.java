package io.coachline.tracker.csv;

import java.io.Reader;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.coachline.common.csv.SpreadsheetCell;
import io.coachline.tracker.csv.ApplicationCsv.Column;

/**
 * Reads an application log from CSV, all or nothing: the whole file is validated and either
 * every application comes back or every problem does, each with its spreadsheet row and
 * column (see {@link ImportResult}). Accepts the native format written by {@link CsvExport}
 * (with a {@code record} column) and flat files of other trackers (one application per row);
 * see {@code docs/csv-format.md}.
 *
 * <p>The jobs are split: {@link CsvCodec} reads the records, {@link HeaderMapping} matches the
 * header, {@link ImportDates} reads dates (and settles their order), {@link RowReading}
 * validates each row, {@link Linking} ties rows together. {@link #preview} tells the seeker how a
 * file would be read before anything is stored.
 */
public final class CsvImport {

    private CsvImport() {
    }

    /** Reads with UTC for offset-less timestamps. */
    public static ImportResult read(Reader in) {
        return read(in, ZoneOffset.UTC);
    }

    /** Reads with {@code zone} for offset-less timestamps (normally the seeker's time zone). */
    public static ImportResult read(Reader in, ZoneId zone) {
        return read(in, ImportOptions.in(Objects.requireNonNull(zone, "zone")));
    }

    /** Reads with the seeker's zone, date order and choices for columns and words. */
    public static ImportResult read(Reader in, ImportOptions options) {
        return analyse(in, options).result;
    }

    /** How the file would be read with these options: layout, mappings, what is unmapped, the problems left. */
    public static ImportPreview preview(Reader in, ImportOptions options) {
        return ImportPreview.of(analyse(in, options), options);
    }

    /** Everything one reading of a file found. */
    static final class Analysis {
        ImportResult result;
        HeaderMapping header;
        ImportDates.Inference dates;
        RowReading rows;
        int records;
        List<List<String>> sample = new ArrayList<>();
    }

    static Analysis analyse(Reader in, ImportOptions options) {
        Objects.requireNonNull(in, "in");
        Analysis a = new Analysis();
        List<RowError> errors = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> header;
        try (CsvCodec.RowReader reader = CsvCodec.reader(in)) {
            header = reader.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                errors.add(new RowError(1, null, "the file is empty: expected a header row"));
                a.result = new ImportResult(List.of(), errors, List.of());
                return a;
            }
            for (List<String> r; (r = reader.next()) != null; ) {
                rowNumbers.add(reader.row());
                rows.add(restore(r));
            }
        } catch (CsvFormatException e) {
            errors.add(new RowError(e.row(), null, e.getMessage()));
            a.result = new ImportResult(List.of(), errors, List.of());
            return a;   // references past a broken row cannot be checked
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        a.records = rows.size();
        a.sample = rows.subList(0, Math.min(3, rows.size()));
        HeaderMapping h = new HeaderMapping(header, options.columns());
        a.header = h;
        if (!h.errors.isEmpty()) {
            a.result = failed(h.errors, h);
            return a;
        }
        a.dates = ImportDates.infer(dateCells(h, rows));
        Linking linking = new Linking(h, errors);
        RowReading reading = new RowReading(h, options, a.dates.order(options.dateOrder()), errors, linking);
        a.rows = reading;
        for (int i = 0; i < rows.size(); i++) {
            reading.read(rowNumbers.get(i), rows.get(i));
        }
        linking.link();
        a.result = errors.isEmpty() ? new ImportResult(linking.applications(), List.of(), h.ignored) : failed(errors, h);
        return a;
    }

    /** Cells an export neutralised against formula injection get their text back (SpreadsheetCell). */
    private static List<String> restore(List<String> cells) {
        List<String> out = null;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (!c.isEmpty() && c.charAt(0) == '\'') {
                if (out == null) {
                    out = new ArrayList<>(cells);
                }
                out.set(i, SpreadsheetCell.restore(c));
            }
        }
        return out == null ? cells : out;
    }

    private static final List<Column> DATED = List.of(Column.APPLIED_ON, Column.DECISION_EXPECTED_BY,
            Column.NEXT_CONTACT_ON, Column.LAST_CONTACT_ON, Column.SCHEDULED_AT, Column.COMPLETED_AT, Column.AT);

    private static List<String> dateCells(HeaderMapping h, List<List<String>> rows) {
        List<Integer> positions = new ArrayList<>();
        for (Column c : DATED) {
            if (h.index[c.ordinal()] >= 0) {
                positions.add(h.index[c.ordinal()]);
            }
        }
        Arrays.stream(h.dateIndex).filter(i -> i >= 0).forEach(positions::add);
        List<String> cells = new ArrayList<>();
        for (List<String> r : rows) {
            for (int p : positions) {
                if (p < r.size() && !r.get(p).isEmpty()) {
                    cells.add(r.get(p));
                }
            }
        }
        return cells;
    }

    private static ImportResult failed(List<RowError> errors, HeaderMapping h) {
        List<RowError> sorted = new ArrayList<>(errors);
        // by row, then by the column's place in the file; row-level errors last in their row
        sorted.sort(Comparator.comparingInt(RowError::row)
                .thenComparingInt(e -> e.field() == null ? Integer.MAX_VALUE : h.positions.getOrDefault(e.field(), -1)));
        return new ImportResult(List.of(), sorted, h.ignored);
    }

    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
