package io.coachline.tracker.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.coachline.tracker.application.Sector;
import io.coachline.tracker.application.Stage;

/** Other trackers' exports and home-made sheets import as they are (docs/csv-format.md, "Other trackers' files"). */
class ForeignFormatsTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static ImportResult read(String csv, ImportOptions options) {
        return CsvImport.read(new StringReader(csv), options);
    }

    private static List<ImportedApplication> valid(ImportResult r) {
        assertEquals(List.of(), r.errors());
        return r.applications();
    }

    private static List<Stage> stages(List<ImportedApplication> apps) {
        return apps.stream().map(ImportedApplication::stage).toList();
    }

    @Test
    void huntr() {
        // Huntr writes its board's list as the status and dates day/month as the account's locale says
        String csv = """
                Job Title,Company,Location,Job URL,List,Date Added,Date Applied,Salary,Notes
                Backend Developer,Acme AS,Oslo,https://jobs.acme.example/1,Applied,08/02/2026,10/02/2026,,sent via portal
                Data Engineer,Globex,Bergen,,Interview,01/02/2026,03/02/2026,700000,
                Platform Engineer,Initech,,,Wishlist,11/02/2026,,,
                SRE,Hooli,Remote,,Offer,20/01/2026,25/01/2026,,
                Tester,Umbrella,,,Rejected,02/01/2026,05/01/2026,,
                """;
        List<ImportedApplication> apps = valid(read(csv, ImportOptions.in(OSLO)));
        assertEquals(List.of(Stage.APPLIED, Stage.INTERVIEW, Stage.WISHLIST, Stage.OFFER, Stage.REJECTED), stages(apps));
        // 20/01 and 25/01 settle day first for the whole file, so 10/02/2026 is 10 February
        assertEquals(LocalDate.of(2026, 2, 10), apps.get(0).appliedOn());
        assertEquals("sent via portal", apps.get(0).notes());
        assertEquals("Salary: 700000", apps.get(1).notes());
        assertEquals(OffsetDateTime.parse("2026-02-10T00:00+01:00"), apps.get(0).stageHistory().get(0).at());
        assertEquals(OffsetDateTime.parse("2026-02-11T00:00+01:00"), apps.get(2).stageHistory().get(0).at(),
                "a saved job is dated when it was added");
    }

    @Test
    void teal() {
        String csv = """
                Company,Job Position,Location,Min. Salary,Max. Salary,Status,Excitement,Date Saved,Date Applied,Follow Up,Job URL,Notes
                Acme,Backend Developer,Oslo,600000,700000,Bookmarked,4,2026-01-05,,,https://acme.example/jobs/9,
                Globex,Data Engineer,Bergen,,,Applying,3,2026-01-06,,,,
                Initech,Tester,,,,Applied,2,2026-01-02,2026-01-07,2026-01-21,,
                Hooli,SRE,,,,Interviewing,5,2026-01-01,2026-01-03,,,
                Wonka,Taster,,,,Negotiating,5,2026-01-01,2026-01-02,,,
                Umbrella,Chemist,,,,Accepted,1,2026-01-01,2026-01-02,,,
                Stark,Engineer,,,,I Withdrew,1,2026-01-01,2026-01-02,,,
                Wayne,Analyst,,,,Not Selected,1,2026-01-01,2026-01-02,,,
                Cyberdyne,Researcher,,,,No Response,1,2026-01-01,2026-01-02,,,
                """;
        List<ImportedApplication> apps = valid(read(csv, ImportOptions.in(OSLO)));
        assertEquals(List.of(Stage.WISHLIST, Stage.WISHLIST, Stage.APPLIED, Stage.INTERVIEW, Stage.OFFER, Stage.ACCEPTED,
                Stage.WITHDRAWN, Stage.REJECTED, Stage.NO_RESPONSE), stages(apps));
        assertEquals(LocalDate.of(2026, 1, 21), apps.get(2).nextContactOn());
        assertEquals("Min. Salary: 600000\nMax. Salary: 700000\nExcitement: 4", apps.get(0).notes(),
                "Teal's excitement (5 = most) is not our priority (1 = top): kept in the notes");
        assertEquals(List.of(Stage.APPLIED, Stage.INTERVIEW, Stage.OFFER, Stage.ACCEPTED),
                apps.get(5).stageHistory().stream().map(ImportedStageChange::stage).toList(), "a legal path to ACCEPTED");
    }

    @Test
    void jibberJobber() {
        String csv = """
                Company,Job Title,Status,Date Applied,Source,Contact,Notes
                Acme,Developer,Researching,,Referral,,
                Globex,Analyst,Applied,1/15/2026,Indeed,Pat Doe,"called twice, no answer"
                Initech,Tester,Interviewing,1/20/2026,LinkedIn,,
                Hooli,Designer,Not Interested,,,,
                """;
        List<ImportedApplication> apps = valid(read(csv, ImportOptions.in(OSLO)));
        assertEquals(List.of(Stage.WISHLIST, Stage.APPLIED, Stage.INTERVIEW, Stage.WITHDRAWN), stages(apps));
        assertEquals(LocalDate.of(2026, 1, 15), apps.get(1).appliedOn(), "1/15/2026 settles month first");
        assertEquals("Indeed", apps.get(1).source());
        assertEquals("called twice, no answer\n\nContact: Pat Doe", apps.get(1).notes());
    }

    @Test
    void linkedInAppliedJobs() {
        String csv = """
                Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers
                "11/27/25, 9:36 AM",hr@acme.example,,Acme,Backend Developer,https://www.linkedin.com/jobs/view/1,cv.pdf,
                "12/1/25, 4:05 PM",,,Globex,Data Engineer,https://www.linkedin.com/jobs/view/2,cv.pdf,"Years of Java? : 5"
                """;
        List<ImportedApplication> apps = valid(read(csv, ImportOptions.in(OSLO)));
        assertEquals(List.of(Stage.APPLIED, Stage.APPLIED), stages(apps));
        assertEquals(LocalDate.of(2025, 11, 27), apps.get(0).appliedOn());
        assertEquals(LocalDate.of(2025, 12, 1), apps.get(1).appliedOn());
        assertEquals("Acme", apps.get(0).employer());
        assertEquals("https://www.linkedin.com/jobs/view/1", apps.get(0).adUrl());
        assertEquals("Contact Email: hr@acme.example\nResume Name: cv.pdf", apps.get(0).notes());
    }

    @Test
    void aHomeMadeSheetWithAnIndustryColumnAndItsOwnStageWords() {
        // refused with ten errors before: the industry words and Draft / Sent / Closed
        String csv = """
                Company;Position;Industry;Status;Sent on;Comments
                """.replace(';', ',') + """
                Acme,Developer,Software,Draft,,
                Oslo kommune,Rådgiver,Public sector,Sent,02.11.2026,
                Globex,Analyst,Software,Closed,20.10.2026,no reply after the second call
                Initech,Tester,Public sector,Sent,03.11.2026,
                Hooli,Designer,Software,Draft,,
                """;
        List<ImportedApplication> apps = valid(read(csv, ImportOptions.in(OSLO)));
        assertEquals(List.of(Stage.WISHLIST, Stage.APPLIED, Stage.REJECTED, Stage.APPLIED, Stage.WISHLIST), stages(apps));
        assertEquals("Industry: Software", apps.get(0).notes());
        assertEquals("no reply after the second call\n\nIndustry: Software", apps.get(2).notes());
        assertEquals(LocalDate.of(2026, 11, 2), apps.get(1).appliedOn());
        assertEquals(OffsetDateTime.parse("2026-11-02T00:00+01:00"), apps.get(1).stageHistory().get(0).at(),
                "the stage is dated when it was sent, not when it was imported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"appliedOn", "applied_on", "Applied On", "APPLIED-ON", "applied on", "AppliedOn", " applied_on "})
    void theApiNameAndTheExportNameOfAColumnAreTheSameHeader(String header) {
        ImportedApplication a = valid(read("employer,position," + header + "\nAcme,Dev,2026-01-02\n", ImportOptions.utc())).get(0);
        assertEquals(LocalDate.of(2026, 1, 2), a.appliedOn());
    }

    @Test
    void apiFieldNamesWorkForEveryColumn() {
        ImportedApplication a = valid(read("employer,position,adUrl,nextContactOn,lastContactOn,decisionExpectedBy\n"
                + "Acme,Dev,https://a.example,2026-01-05,2026-01-04,2026-01-09\n", ImportOptions.utc())).get(0);
        assertEquals("https://a.example", a.adUrl());
        assertEquals(LocalDate.of(2026, 1, 5), a.nextContactOn());
        assertEquals(LocalDate.of(2026, 1, 4), a.lastContactOn());
        assertEquals(LocalDate.of(2026, 1, 9), a.decisionExpectedBy());
    }

    @Test
    void aWordNothingFitsIsMappedByTheSeekerOrKeptInTheNotes() {
        String csv = "Company,Title,Sector,Status\nAcme,Dev,Software,Applied\nOslo kommune,Rådgiver,Public sector,Parked\n";
        ImportResult refused = read(csv, ImportOptions.utc());
        assertEquals(List.of("2/Sector", "3/Status"), refused.errors().stream().map(e -> e.row() + "/" + e.field()).toList());

        ImportOptions chosen = new ImportOptions(java.time.ZoneOffset.UTC, null, Map.of(),
                Map.of("sector", Map.of("software", "notes"), "stage", Map.of("Parked", "ON_HOLD")));
        List<ImportedApplication> apps = valid(read(csv, chosen));
        assertNull(apps.get(0).sector());
        assertEquals("Sector: Software", apps.get(0).notes());
        assertEquals(Sector.PUBLIC, apps.get(1).sector());
        assertEquals(Stage.ON_HOLD, apps.get(1).stage());
    }

    @Test
    void aColumnIsMappedByTheSeeker() {
        String csv = "Firma,Stilling,Søkt\nAcme,Utvikler,2026-01-02\n";
        ImportResult refused = read(csv, ImportOptions.utc());
        assertEquals("employer", refused.errors().get(0).field());
        ImportOptions chosen = new ImportOptions(java.time.ZoneOffset.UTC, null,
                Map.of("Firma", "employer", "Stilling", "position", "Søkt", "appliedOn"), Map.of());
        ImportedApplication a = valid(read(csv, chosen)).get(0);
        assertEquals("Acme", a.employer());
        assertEquals(LocalDate.of(2026, 1, 2), a.appliedOn());
    }
}
