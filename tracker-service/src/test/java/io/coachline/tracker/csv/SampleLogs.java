package io.coachline.tracker.csv;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.coachline.tracker.application.Stage;
import io.coachline.tracker.interaction.Channel;
import io.coachline.tracker.contact.ContactRole;
import io.coachline.tracker.interaction.Direction;
import io.coachline.tracker.interview.InterviewFormat;
import io.coachline.tracker.interaction.Outcome;
import io.coachline.tracker.interaction.Purpose;
import io.coachline.tracker.application.Sector;

/** Application logs for the CSV tests. */
final class SampleLogs {

    private SampleLogs() {
    }

    static final ZoneOffset OSLO_WINTER = ZoneOffset.ofHours(1);

    static OffsetDateTime at(String localDateTime) {
        return OffsetDateTime.of(java.time.LocalDateTime.parse(localDateTime), OSLO_WINTER);
    }

    /** Two applications with every kind of child record and awkward text. */
    static List<ImportedApplication> twoApplications() {
        ImportedApplication kommune = new ImportedApplication(
                "Bergen kommune, Etat for vann", "Rådgiver \"IT\"", "https://jobb.example.org/ad?id=42&lang=no",
                "Bergen", Sector.PUBLIC, "Finn", 1, Stage.ON_HOLD,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 1),
                "Public sector: slow.\r\nThey keep a reserve list,\nsaid \"wait until March\".",
                List.of(new ImportedContact("1", "Åse Ødegård", ContactRole.HIRING_MANAGER, "ase@example.org",
                                "+47 555 12 345", "mornings, not Fridays"),
                        new ImportedContact("2", "Ola Nordmann", ContactRole.HR, null, null, null)),
                List.of(new ImportedInterview(1, InterviewFormat.VIDEO, at("2024-02-20T10:00"), at("2024-02-20T11:00"),
                                null, List.of("1", "2"), "Went well; asked about \"cloud\"."),
                        new ImportedInterview(2, InterviewFormat.ONSITE, at("2024-03-01T09:30"), at("2024-03-01T12:00"),
                                LocalDate.of(2024, 3, 15), List.of("1"), null)),
                List.of(new ImportedInteraction(at("2024-02-21T08:15"), Channel.EMAIL, Direction.OUTBOUND, "1",
                                Purpose.THANK_YOU, "Thanks, restated interest", Outcome.ANSWERED),
                        new ImportedInteraction(at("2024-03-05T14:00"), Channel.PHONE, Direction.INBOUND, null,
                                Purpose.STATUS_CHECK, null, Outcome.DECISION_PENDING)),
                List.of(new ImportedStageChange(Stage.APPLIED, at("2024-02-01T12:00"), null),
                        new ImportedStageChange(Stage.INTERVIEW, at("2024-02-20T10:00"), "round 1"),
                        new ImportedStageChange(Stage.INTERVIEW, at("2024-03-01T09:30"), "round 2"),
                        new ImportedStageChange(Stage.ON_HOLD, OffsetDateTime.of(2024, 3, 5, 13, 0, 0, 0, ZoneOffset.UTC),
                                "first choice first")));
        ImportedApplication startup = new ImportedApplication(
                "Fjord Labs AS", "Backend developer", null, null, null, null, null, Stage.OFFER,
                LocalDate.of(2024, 1, 10), null, null, null, null,
                List.of(new ImportedContact("c-7", "Kari", ContactRole.RECRUITER, null, null, null)),
                List.of(),
                List.of(new ImportedInteraction(at("2024-01-30T16:45:30.5"), Channel.IN_PERSON, Direction.INBOUND, "c-7",
                        Purpose.OTHER, "Offer over coffee", null)),
                List.of(new ImportedStageChange(Stage.APPLIED, at("2024-01-10T09:00"), null),
                        new ImportedStageChange(Stage.NO_RESPONSE, at("2024-01-25T09:00"), null),
                        new ImportedStageChange(Stage.OFFER, at("2024-01-30T17:00"), "re-opened: they called back")));
        ImportedApplication wish = new ImportedApplication("Nordlys", "Architect", null, null, Sector.NON_PROFIT, null, 3,
                Stage.WISHLIST, null, null, null, null, null, null, null, null, null);
        return List.of(kommune, startup, wish);
    }

    /** {@code n} applications, each with 2 contacts, 1 interview, 2 interactions and 3 stage changes. */
    static List<ImportedApplication> many(int n) {
        List<ImportedApplication> apps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            OffsetDateTime t = at("2024-01-01T09:00").plusHours(i);
            apps.add(new ImportedApplication("Employer " + i, "Position " + i, "https://jobs.example.com/" + i,
                    "Oslo", Sector.PRIVATE, "LinkedIn", 1 + i % 5, Stage.INTERVIEW,
                    t.toLocalDate(), null, t.toLocalDate().plusDays(10), t.toLocalDate().plusDays(3),
                    "Notes for " + i + ", with a comma and \"quotes\"",
                    List.of(new ImportedContact("1", "Interviewer " + i, ContactRole.INTERVIEWER, "i" + i + "@example.com", null, null),
                            new ImportedContact("2", "Recruiter " + i, ContactRole.RECRUITER, null, "+47 1234", null)),
                    List.of(new ImportedInterview(1, InterviewFormat.VIDEO, t.plusDays(5), t.plusDays(5).plusHours(1),
                            null, List.of("1", "2"), null)),
                    List.of(new ImportedInteraction(t.plusDays(6), Channel.EMAIL, Direction.OUTBOUND, "1", Purpose.THANK_YOU,
                                    "Thank you", Outcome.NO_ANSWER),
                            new ImportedInteraction(t.plusDays(9), Channel.PHONE, Direction.OUTBOUND, "2", Purpose.STATUS_CHECK,
                                    null, Outcome.ANSWERED)),
                    List.of(new ImportedStageChange(Stage.WISHLIST, t.minusDays(1), null),
                            new ImportedStageChange(Stage.APPLIED, t, null),
                            new ImportedStageChange(Stage.INTERVIEW, t.plusDays(5), null))));
        }
        return apps;
    }
}
