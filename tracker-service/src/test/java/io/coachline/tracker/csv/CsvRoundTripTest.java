package io.coachline.tracker.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.coachline.tracker.application.Stage;
import io.coachline.tracker.contact.ContactRole;
import io.coachline.tracker.interview.InterviewFormat;

class CsvRoundTripTest {

    private static String export(List<ImportedApplication> apps) throws IOException {
        StringWriter w = new StringWriter();
        CsvExport.write(w, apps);
        return w.toString();
    }

    @Test
    void anExportImportsAsTheIdenticalLog() throws IOException {
        List<ImportedApplication> log = SampleLogs.twoApplications();
        ImportResult result = CsvImport.read(new StringReader(export(log)));
        assertEquals(List.of(), result.errors());
        assertEquals(log, result.applications());
    }

    @Test
    void anExportThroughUtf8BytesWithAByteOrderMarkImportsAsTheIdenticalLog() throws IOException {
        List<ImportedApplication> log = SampleLogs.twoApplications();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CsvExport.write(w, log);
        }
        ImportResult result = CsvImport.read(new InputStreamReader(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8));
        assertTrue(result.isValid(), result.errors()::toString);
        assertEquals(log, result.applications());
    }

    @Test
    void anExportReadWithLfLineEndingsStillImports() throws IOException {
        List<ImportedApplication> log = SampleLogs.many(3);
        String lf = export(log).replace("\r\n", "\n");
        assertEquals(log, CsvImport.read(new StringReader(lf)).applications());
    }

    @Test
    void theExportStartsWithTheHeaderAndEndsEveryRecordWithCrlf() throws IOException {
        String csv = export(SampleLogs.twoApplications());
        assertTrue(csv.startsWith("record,application_ref,contact_ref,employer,position,ad_url,location,sector,source,"
                + "priority,stage,applied_on,decision_expected_by,next_contact_on,last_contact_on,name,role,email,phone,"
                + "preferred_contact_time,round,format,scheduled_at,completed_at,panel,at,channel,direction,purpose,"
                + "outcome,summary,notes\r\n"), csv);
        assertTrue(csv.endsWith("\r\n"));
        assertTrue(csv.contains("\r\napplication,1,,\"Bergen kommune, Etat for vann\",\"Rådgiver \"\"IT\"\"\","));
        assertTrue(csv.contains("\r\ninterview,1,,,,,,,,,,,,,,,,,,,1,VIDEO,2024-02-20T10:00:00+01:00,2024-02-20T11:00:00+01:00,1;2,"));
        assertTrue(csv.contains("\r\nstage_change,2,,,,,,,,,OFFER,"));
        List<List<String>> rows = CsvCodec.parse(new StringReader(csv));
        assertEquals(1 + (1 + 2 + 2 + 2 + 4) + (1 + 1 + 1 + 3) + 1, rows.size(), "header, 11 + 6 + 1 records");
        assertTrue(rows.stream().allMatch(r -> r.size() == ApplicationCsv.Column.values().length));
    }

    @Test
    void anEmptyLogIsJustTheHeader() throws IOException {
        String csv = export(List.of());
        assertEquals(String.join(",", ApplicationCsv.header()) + "\r\n", csv);
        ImportResult result = CsvImport.read(new StringReader(csv));
        assertTrue(result.isValid());
        assertEquals(List.of(), result.applications());
    }

    @Test
    void theExportRefusesContactRefsThatWouldNotImport() {
        ImportedApplication badRef = new ImportedApplication("A", "B", null, null, null, null, null, Stage.APPLIED,
                null, null, null, null, null,
                List.of(new ImportedContact("x;y", "N", ContactRole.HR, null, null, null)), null, null, null);
        assertThrows(IllegalArgumentException.class, () -> export(List.of(badRef)));
        ImportedApplication unknownPanel = new ImportedApplication("A", "B", null, null, null, null, null, Stage.INTERVIEW,
                null, null, null, null, null, null,
                List.of(new ImportedInterview(1, InterviewFormat.PHONE, SampleLogs.at("2024-01-01T10:00"), null, null,
                        List.of("9"), null)), null, null);
        assertThrows(IllegalArgumentException.class, () -> export(List.of(unknownPanel)));
    }

    @Test
    void tenThousandApplicationsWithChildrenParseAndValidateQuickly() throws IOException {
        List<ImportedApplication> log = SampleLogs.many(10_000);
        String csv = export(log);
        // warm-up so the printed figure is not all class loading and interpretation
        CsvImport.read(new StringReader(csv));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ImportResult result = CsvImport.read(new StringReader(csv));
        long ms = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        // printed, not asserted: a timed assertion fails on a busy machine; the benchmark is separate
        System.out.printf("CSV import of 10,000 applications (%,d records, %,d characters): %d ms wall, %d ms CPU%n",
                csv.chars().filter(c -> c == '\n').count() - 1, csv.length(), ms, cpuMs);
        assertTrue(result.isValid(), () -> result.errors().subList(0, Math.min(5, result.errors().size())).toString());
        assertEquals(log, result.applications());
    }
}
