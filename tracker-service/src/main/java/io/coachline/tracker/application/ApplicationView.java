package io.coachline.tracker.application;

import io.coachline.tracker.contact.Contact;
import io.coachline.tracker.contact.ContactRole;
import io.coachline.tracker.interaction.Channel;
import io.coachline.tracker.interaction.Direction;
import io.coachline.tracker.interaction.Interaction;
import io.coachline.tracker.interaction.Outcome;
import io.coachline.tracker.interaction.Purpose;
import io.coachline.tracker.interview.Interview;
import io.coachline.tracker.interview.InterviewFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An application with everything recorded about it: what the API answers and what every
 * application event carries (so consumers keep a complete copy without calling back).
 */
public record ApplicationView(UUID id, UUID seekerId, String employer, String position, String adUrl, String location,
                              Sector sector, String source, Integer priority, Stage stage, OffsetDateTime stageSince,
                              LocalDate appliedOn, String notes, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                              OffsetDateTime lastContactAt, LocalDate nextPlannedContactOn, LocalDate decisionExpectedBy,
                              List<ContactView> contacts, List<InterviewView> interviews,
                              List<InteractionView> interactions, List<StageChangeView> stageHistory) {

    public record ContactView(UUID id, String name, ContactRole role, String email, String phone,
                              String preferredContactTime) {
    }

    public record InterviewView(UUID id, int round, OffsetDateTime scheduledAt, InterviewFormat format, List<UUID> panel,
                                OffsetDateTime completedAt, LocalDate decisionExpectedBy, String notes) {
    }

    public record InteractionView(UUID id, OffsetDateTime at, Channel channel, Direction direction, UUID contactId,
                                  Purpose purpose, String summary, Outcome outcome) {
    }

    public record StageChangeView(Stage from, Stage to, OffsetDateTime at, String note, boolean reopen) {
    }

    /** The summary row of a list: no children. */
    public record Summary(UUID id, UUID seekerId, String employer, String position, String location, Sector sector,
                          Integer priority, Stage stage, OffsetDateTime stageSince, LocalDate appliedOn,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        public static Summary of(Application a) {
            return new Summary(a.id, a.seekerId, a.employer, a.position, a.location, a.sector, a.priority, a.stage,
                    at(a.stageSince), a.appliedOn, at(a.createdAt), at(a.updatedAt));
        }
    }

    public static ApplicationView of(Application a) {
        List<Contact> contacts = Contact.list("applicationId = ?1 order by createdAt, id", a.id);
        List<Interview> interviews = Interview.list("applicationId = ?1 order by scheduledAt, round", a.id);
        List<Interaction> interactions = Interaction.list("applicationId = ?1 order by at, id", a.id);
        List<StageChange> history = StageChange.list("applicationId = ?1 order by at, seq", a.id);
        return of(a, contacts, interviews, interactions, history, Instant.now());
    }

    public static ApplicationView of(Application a, List<Contact> contacts, List<Interview> interviews,
                              List<Interaction> interactions, List<StageChange> history, Instant now) {
        Instant lastContact = interactions.stream().map(i -> i.at).max(Comparator.naturalOrder()).orElse(null);
        // The next planned contact: the seeker's own plan or the next interview, whichever is first.
        LocalDate nextInterview = interviews.stream()
                .filter(i -> i.completedAt == null && i.scheduledAt.isAfter(now))
                .map(i -> i.scheduledAt.atOffset(ZoneOffset.UTC).toLocalDate())
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate next = a.nextContactOn == null ? nextInterview
                : nextInterview == null || a.nextContactOn.isBefore(nextInterview) ? a.nextContactOn : nextInterview;
        LocalDate decision = interviews.stream().filter(i -> i.decisionExpectedBy != null)
                .max(Comparator.comparing((Interview i) -> i.completedAt != null ? i.completedAt : i.scheduledAt))
                .map(i -> i.decisionExpectedBy).orElse(null);
        return new ApplicationView(a.id, a.seekerId, a.employer, a.position, a.adUrl, a.location, a.sector, a.source,
                a.priority, a.stage, at(a.stageSince), a.appliedOn, a.notes, at(a.createdAt), at(a.updatedAt),
                at(lastContact), next, decision,
                contacts.stream().map(c -> new ContactView(c.id, c.name, c.role, c.email, c.phone, c.preferredContactTime)).toList(),
                interviews.stream().map(i -> new InterviewView(i.id, i.round, at(i.scheduledAt), i.format, List.copyOf(i.panel),
                        at(i.completedAt), i.decisionExpectedBy, i.notes)).toList(),
                interactions.stream().map(i -> new InteractionView(i.id, at(i.at), i.channel, i.direction, i.contactId,
                        i.purpose, i.summary, i.outcome)).toList(),
                history.stream().map(h -> new StageChangeView(h.from, h.to, at(h.at), h.note, h.reopen)).toList());
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
