package io.coachline.feedback.report;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportTableCsvTest {

    @Test
    void csvIsRfc4180WithCrlfQuotingAndSuppressedCells() {
        ReportTable t = new ReportTable("x", new LinkedHashMap<>(), "code", "label", "entries");
        t.row("salary", "Lønn, \"ish\"", 12);
        t.row("location", "two\nlines", ReportTable.SUPPRESSED);
        t.total = new LinkedHashMap<>();
        t.total.put("entries", 20);
        assertEquals("code,label,entries\r\nsalary,\"Lønn, \"\"ish\"\"\",12\r\nlocation,\"two\nlines\",suppressed\r\nTOTAL,,20\r\n", t.csv());
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreWrittenAsText() {
        ReportTable t = new ReportTable("x", new LinkedHashMap<>(), "code", "label", "entries");
        t.row("=cmd", "=HYPERLINK(\"http://evil.example\",\"click\")", 1);
        t.row("@sum", "+47 1, -2", 2);
        t.row("tab", "\tlead", 3);
        assertEquals("code,label,entries\r\n'=cmd,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",1\r\n"
                + "'@sum,\"'+47 1, -2\",2\r\ntab,'\tlead,3\r\n", t.csv());
    }
}
