package io.coachline.tracker.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, both ways, with no dependency.
 *
 * <p>Reading: fields separated by {@code ,}; a field may be quoted with {@code "}, and inside
 * quotes a doubled {@code ""} is one quote while commas and line breaks are data. Records end
 * with CRLF, LF or a lone CR; the last record may or may not end with one. A leading UTF-8
 * byte-order mark (U+FEFF) is dropped. An empty line is a record with one empty field (callers
 * decide whether to skip it). Strict where a lenient reader would silently mis-read: an
 * unterminated quoted field and text after a closing quote ({@code "ab"c}) are
 * {@link CsvFormatException}s naming the line. A quote inside an unquoted field
 * ({@code 5" screen}) is kept as data, as most spreadsheets do.
 *
 * <p>Writing: a field is quoted when it contains a comma, a quote, CR or LF, or starts or ends
 * with a space or tab; quotes are doubled; each record ends with CRLF. {@code null} is written
 * as an empty field. Encoding is the caller's: use UTF-8 on both sides.
 */
public final class CsvCodec {

    /**
     * The longest field read, in chars: far above any real value (notes are limited to 4000),
     * low enough that a file with a stray quote cannot make the reader buffer the whole upload
     * in one field.
     */
    public static final int MAX_FIELD = 1 << 20;

    private CsvCodec() {
    }

    /** Reads every record. For large inputs prefer {@link #reader(Reader)}. */
    public static List<List<String>> parse(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        RowReader r = reader(in);
        for (List<String> row; (row = r.next()) != null; ) {
            rows.add(row);
        }
        return rows;
    }

    /** A streaming reader: one record at a time, constant memory per record. */
    public static RowReader reader(Reader in) {
        return new RowReader(in);
    }

    /** Writes one record, terminated by CRLF. */
    public static void write(Writer out, List<String> row) throws IOException {
        for (int i = 0, n = row.size(); i < n; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(out, row.get(i));
        }
        out.write("\r\n");
    }

    private static void writeField(Writer out, String field) throws IOException {
        if (field == null || field.isEmpty()) {
            return;
        }
        if (!needsQuotes(field)) {
            out.write(field);
            return;
        }
        out.write('"');
        int start = 0;
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '"') {
                out.write(field, start, i - start + 1);
                out.write('"');
                start = i + 1;
            }
        }
        out.write(field, start, field.length() - start);
        out.write('"');
    }

    private static boolean needsQuotes(String f) {
        char first = f.charAt(0);
        char last = f.charAt(f.length() - 1);
        if (first == ' ' || first == '\t' || last == ' ' || last == '\t' || first == '\uFEFF') {
            return true;
        }
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Streaming CSV reader; see {@link CsvCodec} for the dialect. Not thread-safe. */
    public static final class RowReader implements Closeable {
        private static final int EOF = -1;

        private final Reader in;
        private final char[] buf = new char[16 * 1024];
        private int pos;
        private int len;
        private boolean started;
        private int line = 1;          // physical line of the next character
        private int recordLine;        // physical line where the last returned record started
        private int row;               // record number of the last returned record
        private final StringBuilder field = new StringBuilder(64);
        private int width = 8;          // cells in the previous record: the usual size of the next

        RowReader(Reader in) {
            this.in = in;
        }

        /** Record number (1-based) of the record last returned by {@link #next()}. */
        public int row() {
            return row;
        }

        /** Physical line (1-based) where the record last returned by {@link #next()} starts. */
        public int line() {
            return recordLine;
        }

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return EOF;
                }
            }
            return buf[pos++];
        }

        private int peek() throws IOException {
            int c = read();
            if (c != EOF) {
                pos--;
            }
            return c;
        }

        /** The next record, or {@code null} at the end of the input. */
        public List<String> next() throws IOException {
            if (!started) {
                started = true;
                if (peek() == '\uFEFF') {
                    read();
                }
            }
            int c = read();
            if (c == EOF) {
                return null;
            }
            row++;
            recordLine = line;
            List<String> cells = new ArrayList<>(width);
            field.setLength(0);
            while (true) {
                if (c == '"' && field.length() == 0) {
                    c = readQuoted();
                    // after the closing quote: separator, end of record or end of input only
                    if (c != ',' && c != '\r' && c != '\n' && c != EOF) {
                        throw new CsvFormatException("unexpected character '" + (char) c
                                + "' after a closing quote on line " + line + " (row " + row
                                + "); a quote inside a quoted field must be doubled", line, row);
                    }
                    continue;
                }
                switch (c) {
                    case ',' -> {
                        cells.add(take());
                        c = read();
                    }
                    case '\r', '\n' -> {
                        if (c == '\r' && peek() == '\n') {
                            read();
                        }
                        line++;
                        cells.add(take());
                        width = Math.max(width, cells.size());
                        return cells;
                    }
                    case EOF -> {
                        cells.add(take());
                        return cells;
                    }
                    default -> {
                        field.append((char) c);
                        if (field.length() > MAX_FIELD) {
                            throw tooLong();
                        }
                        c = read();
                    }
                }
            }
        }

        /** Reads a quoted field's content (the opening quote is consumed); returns the character after the closing quote. */
        private int readQuoted() throws IOException {
            int openedOn = line;
            while (true) {
                int c = read();
                switch (c) {
                    case EOF -> throw new CsvFormatException("unterminated quoted field: the quote opened on line "
                            + openedOn + " (row " + row + ") is never closed", openedOn, row);
                    case '"' -> {
                        int d = read();
                        if (d != '"') {
                            return d;
                        }
                        field.append('"');
                    }
                    case '\r' -> {
                        field.append('\r');
                        if (peek() == '\n') {
                            field.append((char) read());
                        }
                        line++;
                    }
                    case '\n' -> {
                        field.append('\n');
                        line++;
                    }
                    default -> {
                        field.append((char) c);
                        if (field.length() > MAX_FIELD) {
                            throw tooLong();
                        }
                    }
                }
            }
        }

        /** The field read so far (empty fields, most cells of a wide file, share one string). */
        private String take() {
            if (field.length() == 0) {
                return "";
            }
            String s = field.toString();
            field.setLength(0);
            return s;
        }

        private CsvFormatException tooLong() {
            return new CsvFormatException("a field on line " + line + " (row " + row + ") is longer than "
                    + MAX_FIELD + " characters; is a quote missing?", line, row);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
