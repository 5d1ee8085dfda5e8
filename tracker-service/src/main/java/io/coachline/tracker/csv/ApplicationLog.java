package io.coachline.tracker.csv;

import io.coachline.tracker.application.Application;
import io.coachline.tracker.application.ApplicationEvents;
import io.coachline.tracker.application.ApplicationView;
import io.coachline.tracker.application.Applications;
import io.coachline.tracker.application.NewApplication;
import io.coachline.tracker.application.Stage;
import io.coachline.tracker.application.StageChange;
import io.coachline.tracker.contact.Contact;
import io.coachline.tracker.interaction.Interaction;
import io.coachline.tracker.interview.Interview;
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
    ApplicationEvents events;

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
            out.add(new ImportedApplication(a.employer, a.position, a.adUrl, a.location, a.sector,
                    a.source, a.priority, a.stage, a.appliedOn, view.decisionExpectedBy(), a.nextContactOn,
                    view.lastContactAt() == null ? null : view.lastContactAt().toLocalDate(), a.notes,
                    cs.stream().map(c -> new ImportedContact(refs.get(c.id), c.name, c.role,
                            c.email, c.phone, c.preferredContactTime)).toList(),
                    interviews.getOrDefault(a.id, List.of()).stream().map(i -> new ImportedInterview(i.round,
                            i.format, utc(i.scheduledAt), utc(i.completedAt),
                            i.decisionExpectedBy, i.panel.stream().map(refs::get).toList(), i.notes)).toList(),
                    interactions.getOrDefault(a.id, List.of()).stream().map(i -> new ImportedInteraction(utc(i.at),
                            i.channel, i.direction,
                            i.contactId == null ? null : refs.get(i.contactId), i.purpose,
                            i.summary, i.outcome)).toList(),
                    history.getOrDefault(a.id, List.of()).stream()
                            .map(s -> new ImportedStageChange(s.to, utc(s.at), s.note)).toList()));
        }
        return out;
    }

    /**
     * Writes the whole imported log in the caller's transaction: all of it or, on any failure,
     * nothing. Entities come from the same factories as the API's, the event from
     * {@link ApplicationEvents}; the stage history keeps the file's dates.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> importLog(String tenant, UUID seekerId, List<ImportedApplication> log) {
        List<UUID> created = new ArrayList<>(log.size());
        Instant now = Instant.now();
        int n = 0;
        for (ImportedApplication in : log) {
            NewApplication fields = new NewApplication(in.employer(), in.position(), in.adUrl(), in.location(),
                    in.sector(), in.source(), in.priority(), in.stage(), in.appliedOn(), in.nextContactOn(), in.notes());
            Application a = Applications.of(seekerId, fields, in.stage(), now.plusNanos(1000L * n++)); // keeps the file's order
            a.updatedAt = now;
            a.tenantId = tenant;   // set on flush otherwise, and the event is written before that
            List<StageChange> history = new ArrayList<>();
            Stage previous = null;
            for (ImportedStageChange s : in.stageHistory()) {
                history.add(StageChange.of(a.id, previous, s.stage(), s.at() != null ? s.at().toInstant() : now, s.note(),
                        previous != null && previous.isTerminal()));
                previous = s.stage();
            }
            if (history.isEmpty()) {
                history.add(StageChange.of(a.id, null, a.stage, now, "Imported", false));
            }
            a.stageSince = history.get(history.size() - 1).at;
            em.persist(a);
            Map<String, UUID> refs = new LinkedHashMap<>();
            List<Contact> contacts = new ArrayList<>();
            for (ImportedContact ic : in.contacts()) {
                Contact c = Contact.of(a.id, ic.name(), ic.role(), ic.email(), ic.phone(), ic.preferredContactTime(),
                        now.plusNanos(1000L * contacts.size()));
                refs.put(ic.ref(), c.id);
                contacts.add(c);
                em.persist(c);
            }
            List<Interview> interviews = new ArrayList<>();
            for (ImportedInterview ii : in.interviews()) {
                Interview i = Interview.of(a.id, ii.round(), ii.scheduledAt().toInstant(), ii.format(),
                        ii.panel().stream().map(refs::get).toList());
                i.completedAt = ii.completedAt() == null ? null : ii.completedAt().toInstant();
                i.decisionExpectedBy = ii.decisionExpectedBy();
                i.notes = ii.notes();
                interviews.add(i);
                em.persist(i);
            }
            List<Interaction> interactions = new ArrayList<>();
            for (ImportedInteraction ix : in.interactions()) {
                Interaction i = Interaction.of(a.id, ix.at().toInstant(), ix.channel(), ix.direction(),
                        ix.contactRef() == null ? null : refs.get(ix.contactRef()), ix.purpose(), ix.summary(), ix.outcome());
                interactions.add(i);
                em.persist(i);
            }
            history.forEach(em::persist);
            ApplicationView view = ApplicationView.of(a, contacts, interviews, interactions, history, now);
            events.publish(a, view, ApplicationEvents.CREATED, Map.of("imported", true));
            created.add(a.id);
        }
        return created;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
