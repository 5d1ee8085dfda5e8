package io.coachline.tracker.csv;

import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV, both ways, on Apache Commons CSV; this class adds what the application log
 * needs around it: spreadsheet row numbers, errors that name the line, a leading byte-order
 * mark dropped, and a bound on a runaway record.
 *
 * <p>Reading: fields separated by {@code ,}; a field may be quoted with {@code "}, and inside
 * quotes a doubled {@code ""} is one quote while commas and line breaks are data. Records end
 * with CRLF, LF or a lone CR; the last record may or may not end with one. An empty line is a
 * record with one empty field (callers decide whether to skip it), so row numbers match what a
 * spreadsheet shows. An unterminated quoted field and text after a closing quote
 * ({@code "ab"c}) are {@link CsvFormatException}s naming the line. A quote inside an unquoted
 * field ({@code 5" screen}) is kept as data, as most spreadsheets do.
 *
 * <p>Writing: a field is quoted when it contains a comma, a quote, CR or LF, or starts or ends
 * with a space or control character; quotes are doubled; each record ends with CRLF. {@code null}
 * is written as an empty field. Encoding is the caller's: use UTF-8 on both sides.
 */
public final class CsvCodec {

    /**
     * The longest record read, in chars (give or take the parser's read-ahead): far above any
     * real row (notes are limited to 4000), low enough that a file with a stray quote cannot
     * make the reader buffer the whole upload in one field.
     */
    public static final int MAX_FIELD = 1 << 20;

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();
    /** For the rare record whose field starts with U+FEFF: unquoted, a reader would take it for a byte-order mark. */
    private static final CSVFormat WRITE_QUOTED = WRITE.builder().setQuoteMode(QuoteMode.ALL).get();

    private CsvCodec() {
    }

    /** Reads every record. For large inputs prefer {@link #reader(Reader)}. */
    public static List<List<String>> parse(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (RowReader r = reader(in)) {
            for (List<String> row; (row = r.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A streaming reader: one record at a time. */
    public static RowReader reader(Reader in) throws IOException {
        return new RowReader(in);
    }

    /** Writes one record, terminated by CRLF. */
    public static void write(Writer out, List<String> row) throws IOException {
        CSVFormat format = WRITE;
        for (String f : row) {
            if (f != null && !f.isEmpty() && f.charAt(0) == '\uFEFF') {
                format = WRITE_QUOTED;
            }
        }
        // not closed: the writer is the caller's
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(row);
        printer.flush();
    }

    /** Reads records one at a time and knows the row (record number) and line where the last one started. */
    public static final class RowReader implements Closeable {
        private final Counting counting;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private int row;
        private int line;

        RowReader(Reader in) throws IOException {
            java.io.PushbackReader unread = new java.io.PushbackReader(in, 1);
            int first = unread.read();
            if (first >= 0 && first != '\uFEFF') {   // a leading byte-order mark is not data
                unread.unread(first);
            }
            counting = new Counting(unread);
            parser = CSVParser.builder().setReader(counting).setFormat(READ).get();
            records = parser.iterator();
        }

        /** The next record, or {@code null} at the end of the input. */
        public List<String> next() {
            int startLine = (int) parser.getCurrentLineNumber() + 1;
            int startRow = row + 1;
            counting.recordStart();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
                throw translate(e, startLine, startRow);
            }
            row = startRow;
            line = startLine;
            return record.toList();
        }

        /** Record number (1-based) of the record last returned. */
        public int row() {
            return row;
        }

        /** Physical line (1-based) where the record last returned started. */
        public int line() {
            return line;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }

        private CsvFormatException translate(RuntimeException e, int startLine, int startRow) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String m = String.valueOf(cause.getMessage());
            if (cause instanceof TooLong) {
                return new CsvFormatException("a field on line " + startLine + " (row " + startRow + ") is longer than "
                        + MAX_FIELD + " characters; is a quote missing its closing quote?", startLine, startRow);
            }
            if (m.contains("EOF reached before encapsulated token finished")) {
                return new CsvFormatException("unterminated quoted field: the quote opened on line " + startLine
                        + " (row " + startRow + ") is never closed", startLine, startRow);
            }
            if (m.contains("between encapsulated token and delimiter")) {
                return new CsvFormatException("unexpected character after a closing quote in the row starting on line "
                        + startLine + " (row " + startRow + "); a quote inside a quoted field is written twice (\"\")",
                        startLine, startRow);
            }
            return new CsvFormatException("not readable as CSV on line " + startLine + " (row " + startRow + "): " + m,
                    startLine, startRow);
        }
    }

    /** Counts what the parser reads, so that one record cannot grow without bound. */
    private static final class Counting extends FilterReader {
        /** Handed to the parser at most this much at a time, so the count is never far ahead of the record. */
        private static final int CHUNK = 256;
        long count;
        long start;

        Counting(Reader in) {
            super(in);
        }

        void recordStart() {
            start = count;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                advance(1);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, Math.min(len, CHUNK));
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) throws TooLong {
            count += n;
            if (count - start > MAX_FIELD - 2 * CHUNK) {
                throw new TooLong();
            }
        }
    }

    private static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
