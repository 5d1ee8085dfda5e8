package io.coachline.tracker.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.coachline.tracker.application.Stage;
import io.coachline.tracker.interaction.Channel;
import io.coachline.tracker.contact.ContactRole;
import io.coachline.tracker.application.Sector;

class CsvImportTest {

    private static ImportResult read(String csv) throws IOException {
        return CsvImport.read(new StringReader(csv));
    }

    private static ImportedApplication only(ImportResult r) {
        assertEquals(List.of(), r.errors());
        assertEquals(1, r.applications().size());
        return r.applications().get(0);
    }

    /** "row/field" of every error, for compact assertions. */
    private static String where(ImportResult r) {
        return r.errors().stream().map(e -> e.row() + "/" + e.field()).collect(Collectors.joining(" "));
    }

    private static final String NATIVE = String.join(",", ApplicationCsv.header()) + "\r\n";

    /** A native row from column=value pairs. */
    private static String nativeRow(String... pairs) {
        String[] cells = new String[ApplicationCsv.Column.values().length];
        java.util.Arrays.fill(cells, "");
        for (String p : pairs) {
            int eq = p.indexOf('=');
            cells[ApplicationCsv.Column.valueOf(p.substring(0, eq).toUpperCase()).ordinal()] = p.substring(eq + 1);
        }
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            CsvCodec.write(w, List.of(cells));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return w.toString();
    }

    // ---------------------------------------------------------------- other trackers' files

    @Test
    void aFlatFileFromAnotherTrackerImportsAsApplications() throws IOException {
        ImportResult r = read("""
                Company,Job Title,Date Applied,Status,Salary
                Acme,Engineer,2024-03-05,Applied,100k
                "Globex, Inc.",Analyst,05.03.2024,Interviewing,
                Initech,Tester,,Ghosted,
                Hooli,Designer,13/04/2024,Saved,
                Umbrella,Chemist,4/13/2024,On hold,
                Wonka,Taster,2024/1/2,Offer,
                """);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(), r.ignoredColumns(), "a column with no field is kept in the notes");
        List<ImportedApplication> apps = r.applications();
        assertEquals("Salary: 100k", apps.get(0).notes());
        assertNull(apps.get(1).notes());
        assertEquals(6, apps.size());
        assertEquals("Globex, Inc.", apps.get(1).employer());
        assertEquals("Analyst", apps.get(1).position());
        assertEquals(List.of(Stage.APPLIED, Stage.INTERVIEW, Stage.NO_RESPONSE, Stage.WISHLIST, Stage.ON_HOLD, Stage.OFFER),
                apps.stream().map(ImportedApplication::stage).toList());
        assertEquals(LocalDate.of(2024, 3, 5), apps.get(0).appliedOn());
        assertEquals(LocalDate.of(2024, 3, 5), apps.get(1).appliedOn());
        assertNull(apps.get(2).appliedOn());
        assertEquals(LocalDate.of(2024, 4, 13), apps.get(3).appliedOn());
        assertEquals(LocalDate.of(2024, 4, 13), apps.get(4).appliedOn());
        assertEquals(LocalDate.of(2024, 1, 2), apps.get(5).appliedOn());
        assertTrue(apps.stream().allMatch(a -> a.contacts().isEmpty()));
        // the stage history carries the file's dates: sent on the applied date, the last stage reached after it
        assertEquals(List.of(Stage.APPLIED, Stage.INTERVIEW),
                apps.get(1).stageHistory().stream().map(ImportedStageChange::stage).toList());
        assertEquals(OffsetDateTime.parse("2024-03-05T00:00Z"), apps.get(1).stageHistory().get(0).at());
        assertTrue(apps.stream().allMatch(a -> a.stageHistory().get(a.stageHistory().size() - 1).stage() == a.stage()));
    }

    @Test
    void otherTrackersHeaderNamesAreMatchedCaseInsensitivelyAndTrimmed() throws IOException {
        ImportedApplication a = only(read(
                " ORGANIZATION ,role,Job Link,City,source,NOTES,Application Date,stage\r\n"
                        + "Acme,Dev,http://acme.example/jobs/1,Oslo,Referral,\"keep, this\",2024-01-02,\r\n"));
        assertEquals("Acme", a.employer());
        assertEquals("Dev", a.position());
        assertEquals("http://acme.example/jobs/1", a.adUrl());
        assertEquals("Oslo", a.location());
        assertEquals("Referral", a.source());
        assertEquals("keep, this", a.notes());
        assertEquals(LocalDate.of(2024, 1, 2), a.appliedOn());
        assertEquals(Stage.APPLIED, a.stage(), "a blank stage is APPLIED, as in the API");
    }

    @Test
    void columnsOfChildRecordsAreKeptInTheNotesOfAFlatFile() throws IOException {
        ImportResult r = read("Company,Title,Name,Email,Salary\nAcme,Dev,Recruiter Rita,rita@acme.example,100\n");
        assertEquals("Acme", only(r).employer());
        assertEquals(List.of(), r.ignoredColumns());
        assertEquals("Name: Recruiter Rita\nEmail: rita@acme.example\nSalary: 100", only(r).notes(),
                "what has no field in a flat file is kept in the notes");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "Applied, APPLIED", "Interviewing, INTERVIEW", "interview, INTERVIEW", "Phone screen, INTERVIEW",
            "Reference check, REFERENCE_CHECK", "reference-check, REFERENCE_CHECK", "Offer, OFFER", "Offered, OFFER",
            "Accepted, ACCEPTED", "Rejected, REJECTED", "Ghosted, NO_RESPONSE", "No response, NO_RESPONSE",
            "Wishlist, WISHLIST", "Saved, WISHLIST", "Bookmarked, WISHLIST", "Withdrawn, WITHDRAWN",
            "On hold, ON_HOLD", "ON-HOLD, ON_HOLD", "on_hold, ON_HOLD"})
    void statusWordsOfOtherTrackersMapToStages(String status, Stage stage) throws IOException {
        assertEquals(stage, only(read("Company,Title,Status\nAcme,Dev," + status + "\n")).stage());
    }

    @Test
    void blankLinesAndPaddingEmptyCellsAreTolerated() throws IOException {
        ImportResult r = read("Employer,Position\r\n\r\nAcme,Dev,,\r\n,\r\nGlobex,Analyst\r\n");
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.applications().size());
    }

    @Test
    void enumerationsAreCaseInsensitiveAndTolerateSpacesAndHyphens() throws IOException {
        ImportResult r = read(NATIVE
                + nativeRow("record=Application", "application_ref=1", "employer=A", "position=B", "sector=non-profit")
                + nativeRow("record=contact", "application_ref=1", "contact_ref=1", "name=N", "role=Hiring manager")
                + nativeRow("record=interaction", "application_ref=1", "at=2024-01-02T10:00Z", "channel=in person",
                        "direction=outbound", "purpose=Thank you"));
        ImportedApplication a = only(r);
        assertEquals(Sector.NON_PROFIT, a.sector());
        assertEquals(ContactRole.HIRING_MANAGER, a.contacts().get(0).role());
        assertEquals(Channel.IN_PERSON, a.interactions().get(0).channel());
    }

    @Test
    void timestampsWithoutAnOffsetAreInTheGivenZone() throws IOException {
        String csv = NATIVE
                + nativeRow("record=application", "application_ref=1", "employer=A", "position=B", "stage=interview")
                + nativeRow("record=stage_change", "application_ref=1", "stage=applied", "at=2024-01-02")
                + nativeRow("record=stage_change", "application_ref=1", "stage=interview", "at=2024-07-02 14:30");
        ImportedApplication a = CsvImport.read(new StringReader(csv), ZoneId.of("Europe/Oslo")).applications().get(0);
        assertEquals(OffsetDateTime.parse("2024-01-02T00:00+01:00"), a.stageHistory().get(0).at());
        assertEquals(OffsetDateTime.parse("2024-07-02T14:30+02:00"), a.stageHistory().get(1).at());
    }

    @Test
    void childRowsMayComeBeforeTheirApplication() throws IOException {
        ImportedApplication a = only(read(NATIVE
                + nativeRow("record=contact", "application_ref=A7", "contact_ref=x", "name=N", "role=HR")
                + nativeRow("record=application", "application_ref=A7", "employer=A", "position=B")));
        assertEquals("x", a.contacts().get(0).ref());
    }

    @Test
    void reopeningAClosedApplicationIsALegalHistory() throws IOException {
        ImportedApplication a = only(read(NATIVE
                + nativeRow("record=application", "application_ref=1", "employer=A", "position=B", "stage=offer")
                + nativeRow("record=stage_change", "application_ref=1", "stage=applied", "at=2024-01-01")
                + nativeRow("record=stage_change", "application_ref=1", "stage=rejected", "at=2024-01-10")
                + nativeRow("record=stage_change", "application_ref=1", "stage=offer", "at=2024-02-01")));
        assertEquals(3, a.stageHistory().size());
    }

    // ---------------------------------------------------------------- dates

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2024-03-05, 2024-03-05", "2024-3-5, 2024-03-05", "2024/03/05, 2024-03-05", "05.03.2024, 2024-03-05",
            "5.3.2024, 2024-03-05", "25/12/2024, 2024-12-25", "12/25/2024, 2024-12-25", "07/07/2024, 2024-07-07",
            "29.02.2024, 2024-02-29"})
    void acceptedDateForms(String text, LocalDate expected) {
        assertEquals(expected, ImportDates.parseDate(text));
    }

    @ParameterizedTest
    @CsvSource({"03/04/2024, ambiguous", "1/2/2024, ambiguous", "2024-02-30, no such date", "31.04.2024, no such date",
            "13/13/2024, no such date", "yesterday, not a date", "2024-03, not a date", "05-03-2024, not a date",
            "5/3/24, not a date", "0024-01-01, no such date"})
    void refusedDates(String text, String why) {
        java.time.DateTimeException e = assertThrows(java.time.DateTimeException.class, () -> ImportDates.parseDate(text));
        assertTrue(e.getMessage().startsWith(why), e.getMessage());
    }

    // ---------------------------------------------------------------- malformed files

    @Test
    void anUnterminatedQuoteIsReportedWithItsRowAndLine() throws IOException {
        ImportResult r = read("Company,Title,Notes\r\nAcme,Dev,fine\r\nGlobex,Analyst,\"oops\r\nInitech,Tester,x\r\n");
        assertFalse(r.isValid());
        assertTrue(r.applications().isEmpty());
        assertEquals(1, r.errors().size());
        RowError e = r.errors().get(0);
        assertEquals(3, e.row());
        assertNull(e.field());
        assertTrue(e.message().contains("unterminated") && e.message().contains("line 3"), e.message());
    }

    @Test
    void everyBadRowAndFieldIsReportedNotJustTheFirst() throws IOException {
        ImportResult r = read("""
                Company,Job Title,Date Applied,Status,URL,Sector,Priority
                Acme,Engineer,2024-03-05,Applied,https://acme.example/1,private,1
                ,Analyst,2024-13-01,Interviewing,ftp://globex.example,,
                Initech,,03/04/2024,Sleeping,not a url,PUBLIC,urgent
                Hooli,Designer,2024-01-01,Applied,,Government,high
                Umbrella,Chemist,2024-01-01,Applied,,,,surplus
                """);
        assertFalse(r.isValid());
        assertEquals(List.of(), r.applications(), "all or nothing");
        assertEquals("3/Company 3/Date Applied 3/URL 4/Job Title 4/Date Applied 4/Status 4/URL 4/Priority 5/Sector 6/null",
                where(r));
        RowError status = r.errors().get(5);
        assertEquals("unknown stage \"Sleeping\"; expected one of WISHLIST, APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER,"
                + " ACCEPTED, REJECTED, WITHDRAWN, NO_RESPONSE, ON_HOLD", status.message());
        assertTrue(r.errors().get(4).message().startsWith("ambiguous date \"03/04/2024\": 3 April or 4 March?"),
                r.errors().get(4).message());
        assertTrue(r.errors().get(9).message().contains("8 cells but the header has 7"), r.errors().get(9).message());
    }

    @Test
    void lengthsAreChecked() throws IOException {
        String longName = "x".repeat(201);
        String longNotes = "n".repeat(4001);
        ImportResult r = read("Employer,Position,Notes\n" + longName + ",ok,\n" + "ok," + "y".repeat(200) + "," + longNotes
                + "\n" + "😀".repeat(200) + ",ok," + "n".repeat(4000) + "\n");
        assertEquals("2/Employer 3/Notes", where(r));
        assertEquals("too long: at most 200 characters, this has 201", r.errors().get(0).message());
    }

    @Test
    void missingRequiredColumnsAndDuplicateColumnsAreHeaderErrors() throws IOException {
        ImportResult r = read("Company,Status\nAcme,Applied\n");
        assertEquals("1/position", where(r));
        assertTrue(r.errors().get(0).message().startsWith("missing column position (or one of: job title, title"),
                r.errors().get(0).message());
        assertEquals("1/Employer", where(read("Company,Title,Employer\nA,B,C\n")));
        assertEquals("1/null", where(read("")));
    }

    @Test
    void referencesToUnknownApplicationsAndContactsAreReported() throws IOException {
        ImportResult r = read(NATIVE
                + nativeRow("record=application", "application_ref=1", "employer=A", "position=B", "stage=interview")
                + nativeRow("record=contact", "application_ref=1", "contact_ref=1", "name=N", "role=HR")
                + nativeRow("record=contact", "application_ref=1", "contact_ref=1", "name=Twin", "role=HR")
                + nativeRow("record=contact", "application_ref=2", "contact_ref=1", "name=N", "role=HR")
                + nativeRow("record=interview", "application_ref=1", "round=1", "format=video",
                        "scheduled_at=2024-01-02T10:00Z", "panel=1;9")
                + nativeRow("record=interaction", "application_ref=1", "contact_ref=8", "at=2024-01-03T10:00Z",
                        "channel=email", "direction=outbound", "purpose=thank_you")
                + nativeRow("record=stage_change", "application_ref=3", "stage=applied", "at=2024-01-01")
                + nativeRow("record=application", "application_ref=1", "employer=Dup", "position=B"));
        assertEquals("4/contact_ref 5/application_ref 6/panel 7/contact_ref 8/application_ref 9/application_ref", where(r));
        assertEquals("no contact 9 in application 1", r.errors().get(2).message());
        assertEquals("no application row with application_ref 3", r.errors().get(4).message());
    }

    @Test
    void nativeRowsAreCheckedPerRecordType() throws IOException {
        ImportResult r = read(NATIVE
                + nativeRow("record=application", "application_ref=1", "employer=A", "position=B", "name=stray")
                + nativeRow("record=meeting", "application_ref=1")
                + nativeRow("application_ref=1")
                + nativeRow("record=contact", "application_ref=1", "contact_ref=1", "email=not-an-address")
                + nativeRow("record=interview", "application_ref=1", "round=0", "format=zoom", "scheduled_at=soon")
                + nativeRow("record=interaction", "application_ref=1", "at=2024-01-03T25:00Z"));
        assertEquals("2/name 3/record 4/record 5/name 5/role 5/email 6/round 6/format 6/scheduled_at"
                + " 7/at 7/channel 7/direction 7/purpose", where(r));
    }

    @Test
    void anIllegalStageHistoryOrAStageThatContradictsItIsRefused() throws IOException {
        ImportResult r = read(NATIVE
                + nativeRow("record=application", "application_ref=1", "employer=A", "position=B", "stage=accepted")
                + nativeRow("record=stage_change", "application_ref=1", "stage=wishlist", "at=2024-01-01")
                + nativeRow("record=stage_change", "application_ref=1", "stage=offer", "at=2024-01-02")
                + nativeRow("record=application", "application_ref=2", "employer=A", "position=B", "stage=applied")
                + nativeRow("record=stage_change", "application_ref=2", "stage=applied", "at=2024-01-01")
                + nativeRow("record=stage_change", "application_ref=2", "stage=rejected", "at=2024-01-05"));
        assertEquals("2/stage 4/stage 5/stage", where(r));
        assertEquals("stage ACCEPTED differs from the last stage change (OFFER on row 4)", r.errors().get(0).message());
        assertEquals("illegal stage move WISHLIST → OFFER (previous stage change on row 3); allowed from WISHLIST:"
                + " APPLIED, WITHDRAWN", r.errors().get(1).message());
    }
}
