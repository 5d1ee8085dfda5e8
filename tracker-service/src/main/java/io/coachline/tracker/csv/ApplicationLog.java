package io.coachline.tracker.csv;

import io.coachline.common.outbox.Outbox;
import io.coachline.tracker.application.Application;
import io.coachline.tracker.application.ApplicationEvents;
import io.coachline.tracker.application.ApplicationView;
import io.coachline.tracker.application.Sector;
import io.coachline.tracker.application.StageChange;
import io.coachline.tracker.contact.Contact;
import io.coachline.tracker.contact.ContactRole;
import io.coachline.tracker.interaction.Channel;
import io.coachline.tracker.interaction.Direction;
import io.coachline.tracker.interaction.Interaction;
import io.coachline.tracker.interaction.Outcome;
import io.coachline.tracker.interaction.Purpose;
import io.coachline.tracker.interview.Interview;
import io.coachline.tracker.interview.InterviewFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Moves a seeker's whole application log between the database and the CSV model, both ways. */
@ApplicationScoped
public class ApplicationLog {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportedApplication> export(UUID seekerId) {
        List<Application> apps = Application.list("seekerId = ?1 order by createdAt, id", seekerId);
        if (apps.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = apps.stream().map(a -> a.id).toList();
        Map<UUID, List<Contact>> contacts = Contact.<Contact>list("applicationId in ?1 order by createdAt, id", ids).stream()
                .collect(Collectors.groupingBy(c -> c.applicationId));
        Map<UUID, List<Interview>> interviews = Interview.<Interview>list("applicationId in ?1 order by scheduledAt, round", ids)
                .stream().collect(Collectors.groupingBy(i -> i.applicationId));
        Map<UUID, List<Interaction>> interactions = Interaction.<Interaction>list("applicationId in ?1 order by at, id", ids)
                .stream().collect(Collectors.groupingBy(i -> i.applicationId));
        Map<UUID, List<StageChange>> history = StageChange.<StageChange>list("applicationId in ?1 order by at, id", ids)
                .stream().collect(Collectors.groupingBy(s -> s.applicationId));
        List<ImportedApplication> out = new ArrayList<>(apps.size());
        for (Application a : apps) {
            List<Contact> cs = contacts.getOrDefault(a.id, List.of());
            Map<UUID, String> refs = new HashMap<>();
            for (int i = 0; i < cs.size(); i++) {
                refs.put(cs.get(i).id, "c" + (i + 1));
            }
            ApplicationView view = ApplicationView.of(a, cs, interviews.getOrDefault(a.id, List.of()),
                    interactions.getOrDefault(a.id, List.of()), history.getOrDefault(a.id, List.of()), Instant.now());
            out.add(new ImportedApplication(a.employer, a.position, a.adUrl, a.location, to(ApplicationCsv.Sector.class, a.sector),
                    a.source, a.priority, a.stage, a.appliedOn, view.decisionExpectedBy(), a.nextContactOn,
                    view.lastContactAt() == null ? null : view.lastContactAt().toLocalDate(), a.notes,
                    cs.stream().map(c -> new ImportedContact(refs.get(c.id), c.name, to(ApplicationCsv.ContactRole.class, c.role),
                            c.email, c.phone, c.preferredContactTime)).toList(),
                    interviews.getOrDefault(a.id, List.of()).stream().map(i -> new ImportedInterview(i.round,
                            to(ApplicationCsv.InterviewFormat.class, i.format), utc(i.scheduledAt), utc(i.completedAt),
                            i.decisionExpectedBy, i.panel.stream().map(refs::get).toList(), i.notes)).toList(),
                    interactions.getOrDefault(a.id, List.of()).stream().map(i -> new ImportedInteraction(utc(i.at),
                            to(ApplicationCsv.Channel.class, i.channel), to(ApplicationCsv.Direction.class, i.direction),
                            i.contactId == null ? null : refs.get(i.contactId), to(ApplicationCsv.Purpose.class, i.purpose),
                            i.summary, to(ApplicationCsv.Outcome.class, i.outcome))).toList(),
                    history.getOrDefault(a.id, List.of()).stream()
                            .map(s -> new ImportedStageChange(s.to, utc(s.at), s.note)).toList()));
        }
        return out;
    }

    /** Writes the whole imported log in the caller's transaction: all of it or, on any failure, nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> importLog(String tenant, UUID seekerId, List<ImportedApplication> log) {
        List<UUID> created = new ArrayList<>(log.size());
        Instant now = Instant.now();
        int n = 0;
        for (ImportedApplication in : log) {
            Application a = new Application();
            a.id = UUID.randomUUID();
            a.seekerId = seekerId;
            a.employer = in.employer();
            a.position = in.position();
            a.adUrl = in.adUrl();
            a.location = in.location();
            a.sector = to(Sector.class, in.sector());
            a.source = in.source();
            a.priority = in.priority();
            a.stage = in.stage();
            a.appliedOn = in.appliedOn();
            a.nextContactOn = in.nextContactOn();
            a.notes = in.notes();
            a.createdAt = now.plusNanos(1000L * n++); // keeps the file's order in the log
            a.updatedAt = now;
            List<StageChange> history = new ArrayList<>();
            io.coachline.tracker.application.Stage previous = null;
            for (ImportedStageChange s : in.stageHistory()) {
                StageChange c = new StageChange();
                c.id = UUID.randomUUID();
                c.applicationId = a.id;
                c.from = previous;
                c.to = s.stage();
                c.at = s.at() != null ? s.at().toInstant() : now;
                c.note = s.note();
                c.reopen = previous != null && previous.isTerminal();
                history.add(c);
                previous = s.stage();
            }
            if (history.isEmpty()) {
                StageChange c = new StageChange();
                c.id = UUID.randomUUID();
                c.applicationId = a.id;
                c.to = a.stage;
                c.at = now;
                c.note = "Imported";
                history.add(c);
            }
            a.stageSince = history.get(history.size() - 1).at;
            em.persist(a);
            Map<String, UUID> refs = new LinkedHashMap<>();
            List<Contact> contacts = new ArrayList<>();
            for (ImportedContact ic : in.contacts()) {
                Contact c = new Contact();
                c.id = UUID.randomUUID();
                refs.put(ic.ref(), c.id);
                c.applicationId = a.id;
                c.name = ic.name();
                c.role = to(ContactRole.class, ic.role());
                c.email = ic.email();
                c.phone = ic.phone();
                c.preferredContactTime = ic.preferredContactTime();
                c.createdAt = now.plusNanos(1000L * contacts.size());
                contacts.add(c);
                em.persist(c);
            }
            List<Interview> interviews = new ArrayList<>();
            for (ImportedInterview ii : in.interviews()) {
                Interview i = new Interview();
                i.id = UUID.randomUUID();
                i.applicationId = a.id;
                i.round = ii.round();
                i.format = to(InterviewFormat.class, ii.format());
                i.scheduledAt = ii.scheduledAt().toInstant();
                i.completedAt = ii.completedAt() == null ? null : ii.completedAt().toInstant();
                i.decisionExpectedBy = ii.decisionExpectedBy();
                i.panel = new ArrayList<>(ii.panel().stream().map(refs::get).toList());
                i.notes = ii.notes();
                interviews.add(i);
                em.persist(i);
            }
            List<Interaction> interactions = new ArrayList<>();
            for (ImportedInteraction ix : in.interactions()) {
                Interaction i = new Interaction();
                i.id = UUID.randomUUID();
                i.applicationId = a.id;
                i.at = ix.at().toInstant();
                i.channel = to(Channel.class, ix.channel());
                i.direction = to(Direction.class, ix.direction());
                i.contactId = ix.contactRef() == null ? null : refs.get(ix.contactRef());
                i.purpose = to(Purpose.class, ix.purpose());
                i.summary = ix.summary();
                i.outcome = to(Outcome.class, ix.outcome());
                interactions.add(i);
                em.persist(i);
            }
            history.forEach(em::persist);
            ApplicationView view = ApplicationView.of(a, contacts, interviews, interactions, history, now);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("applicationId", a.id);
            data.put("seekerId", seekerId);
            data.put("imported", true);
            data.put("application", view);
            outbox.publish(tenant, a.id.toString(), ApplicationEvents.CREATED, a.id.toString(), data);
            created.add(a.id);
        }
        return created;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The CSV model and the entities share constant names; convert by name. */
    private static <E extends Enum<E>> E to(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}
