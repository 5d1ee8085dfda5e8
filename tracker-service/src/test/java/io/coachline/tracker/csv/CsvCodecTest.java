package io.coachline.tracker.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCodecTest {

    private static List<List<String>> parse(String s) throws IOException {
        return CsvCodec.parse(new StringReader(s));
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void plainFieldsSeparatedByCommas() throws IOException {
        assertEquals(List.of(row("a", "b", "c"), row("1", "2", "3")), parse("a,b,c\r\n1,2,3\r\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b\r\n1,2\r\n", "a,b\n1,2\n", "a,b\r\n1,2", "a,b\n1,2", "a,b\r1,2\r", "a,b\r\n1,2\n"})
    void crlfLfLoneCrAndAMissingFinalLineBreakAllReadTheSame(String text) throws IOException {
        assertEquals(List.of(row("a", "b"), row("1", "2")), parse(text));
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
        String text = "\"Acme, Inc.\",\"He said \"\"hi\"\"\",\"line 1\r\nline 2\nline 3\"\r\nnext,row,here\r\n";
        assertEquals(List.of(row("Acme, Inc.", "He said \"hi\"", "line 1\r\nline 2\nline 3"), row("next", "row", "here")),
                parse(text));
    }

    @Test
    void emptyFieldsAreEmptyStrings() throws IOException {
        assertEquals(List.of(row("", "", ""), row("a", "", "")), parse(",,\r\na,,\"\""));
        assertEquals(List.of(row("")), parse("\"\""));
    }

    @Test
    void anEmptyLineIsOneEmptyFieldAndAnEmptyInputHasNoRecords() throws IOException {
        assertEquals(List.of(row("a"), row(""), row("b")), parse("a\r\n\r\nb\r\n"));
        assertEquals(List.of(), parse(""));
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        byte[] bytes = "\uFEFFemployer,position\r\nÅse & Søn,Utvikler\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals((byte) 0xEF, bytes[0]);
        List<List<String>> rows = CsvCodec.parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        assertEquals(List.of(row("employer", "position"), row("Åse & Søn", "Utvikler")), rows);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsData() throws IOException {
        assertEquals(List.of(row("27\" monitor", "x")), parse("27\" monitor,x"));
    }

    @Test
    void anUnterminatedQuoteIsAnErrorNamingTheLineItOpenedOn() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> parse("a,b\r\n1,2\r\n\"multi\r\nline,3\r\n4,5\r\n"));
        assertEquals(3, e.line());
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("unterminated"), e.getMessage());
    }

    @Test
    void aRunawayFieldIsCutOffInsteadOfBufferingTheWholeInput() {
        String huge = "a\r\n\"" + "x".repeat(CsvCodec.MAX_FIELD + 1);
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> parse(huge));
        assertEquals(2, e.row());
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> parse("a\r\n\"x\"y,z\r\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("after a closing quote"), e.getMessage());
    }

    @Test
    void rowsAndLinesDifferWhenAQuotedFieldSpansLines() throws IOException {
        CsvCodec.RowReader r = CsvCodec.reader(new StringReader("h\r\n\"a\nb\nc\"\r\nd\r\n"));
        r.next();
        r.next();
        r.next();
        assertEquals(3, r.row());
        assertEquals(5, r.line());
        assertNull(r.next());
    }

    @Test
    void writingQuotesOnlyWhatNeedsIt() throws IOException {
        StringWriter w = new StringWriter();
        CsvCodec.write(w, row("plain", "a,b", "say \"hi\"", "two\nlines", "", null, " padded", "Zürich"));
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,,\" padded\",Zürich\r\n", w.toString());
    }

    @Test
    void whatIsWrittenReadsBackUnchanged() throws IOException {
        List<List<String>> rows = List.of(
                row("\uFEFFa leading U+FEFF that is data", "x"),
                row("", "\"", "\"\"", ",", "\r\n", "\r", "\n", " x ", "a\"b", "end"),
                row("\uFEFFnot a bom here", "tab\tin", "ünïcödé 😀", "=1+1", "x"));
        StringWriter w = new StringWriter();
        for (List<String> r : rows) {
            CsvCodec.write(w, r);
        }
        assertEquals(rows, parse(w.toString()));
    }
}
