package io.coachline.tracker.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.coachline.common.events.tracker.AssignmentChanged;
import io.coachline.testsupport.EventSamples;
import io.coachline.tracker.contact.Contact;
import io.coachline.tracker.contact.ContactRole;
import io.coachline.tracker.interaction.Channel;
import io.coachline.tracker.interaction.Direction;
import io.coachline.tracker.interaction.Interaction;
import io.coachline.tracker.interaction.Purpose;
import io.coachline.tracker.interview.Interview;
import io.coachline.tracker.interview.InterviewFormat;
import io.coachline.tracker.people.Person;
import io.coachline.tracker.people.PersonRole;
import io.coachline.tracker.people.PersonView;
import io.coachline.tracker.people.TrackerEvents;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The producer's side of docs/events: what the tracker writes to the outbox for the facts of each sample
 * is exactly the sample (the consumers' fixtures start from the same files).
 */
class ApplicationEventSamplesTest {

    /** As Quarkus configures Jackson: ISO dates, not timestamps. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static UUID uuid(JsonNode n) {
        return n.isNull() ? null : UUID.fromString(n.asText());
    }

    static Instant instant(JsonNode n) {
        return n.isNull() ? null : Instant.parse(n.asText());
    }

    static LocalDate date(JsonNode n) {
        return n.isNull() ? null : LocalDate.parse(n.asText());
    }

    static String text(JsonNode n) {
        return n.isNull() ? null : n.asText();
    }

    /** The application of the samples as the tracker stores it, and what an event then carries. */
    static ApplicationView viewOf(JsonNode s, Application a) {
        a.id = uuid(s.get("id"));
        a.seekerId = uuid(s.get("seekerId"));
        a.employer = text(s.get("employer"));
        a.position = text(s.get("position"));
        a.adUrl = text(s.get("adUrl"));
        a.location = text(s.get("location"));
        a.sector = Sector.valueOf(s.get("sector").asText());
        a.source = text(s.get("source"));
        a.priority = s.get("priority").asInt();
        a.stage = Stage.valueOf(s.get("stage").asText());
        a.stageSince = instant(s.get("stageSince"));
        a.appliedOn = date(s.get("appliedOn"));
        a.notes = text(s.get("notes"));
        a.createdAt = instant(s.get("createdAt"));
        a.updatedAt = instant(s.get("updatedAt"));
        a.nextContactOn = date(s.get("nextPlannedContactOn"));
        Contact c = new Contact();
        JsonNode cs = s.get("contacts").get(0);
        c.id = uuid(cs.get("id"));
        c.name = text(cs.get("name"));
        c.role = ContactRole.valueOf(cs.get("role").asText());
        c.email = text(cs.get("email"));
        c.phone = text(cs.get("phone"));
        c.preferredContactTime = text(cs.get("preferredContactTime"));
        Interview i = new Interview();
        JsonNode is = s.get("interviews").get(0);
        i.id = uuid(is.get("id"));
        i.round = is.get("round").asInt();
        i.scheduledAt = instant(is.get("scheduledAt"));
        i.format = InterviewFormat.valueOf(is.get("format").asText());
        i.panel.add(uuid(is.get("panel").get(0)));
        i.completedAt = instant(is.get("completedAt"));
        i.decisionExpectedBy = date(is.get("decisionExpectedBy"));
        i.notes = text(is.get("notes"));
        Interaction x = new Interaction();
        JsonNode xs = s.get("interactions").get(0);
        x.id = uuid(xs.get("id"));
        x.at = instant(xs.get("at"));
        x.channel = Channel.valueOf(xs.get("channel").asText());
        x.direction = Direction.valueOf(xs.get("direction").asText());
        x.contactId = uuid(xs.get("contactId"));
        x.purpose = Purpose.valueOf(xs.get("purpose").asText());
        x.summary = text(xs.get("summary"));
        List<StageChange> history = new java.util.ArrayList<>();
        for (JsonNode h : s.get("stageHistory")) {
            StageChange m = new StageChange();
            m.from = h.get("from").isNull() ? null : Stage.valueOf(h.get("from").asText());
            m.to = Stage.valueOf(h.get("to").asText());
            m.at = instant(h.get("at"));
            m.note = text(h.get("note"));
            m.reopen = h.get("reopen").asBoolean();
            history.add(m);
        }
        return ApplicationView.of(a, List.of(c), List.of(i), List.of(x), history, a.updatedAt);
    }

    /** What the tracker's code passes as the change of each type (see the callers of ApplicationEvents.publish). */
    static Map<String, Object> changeOf(String type, JsonNode sample) {
        Map<String, Object> change = new LinkedHashMap<>();
        switch (type) {
            case ApplicationEvents.CREATED -> change.put("imported", true);
            case ApplicationEvents.UPDATED -> change.put("fields", List.of("position", "priority"));
            case ApplicationEvents.STAGE_CHANGED -> {
                change.put("to", Stage.INTERVIEW);
                change.put("reopen", false);
            }
            case ApplicationEvents.CONTACT_ADDED -> change.put("contactId", uuid(sample.get("contactId")));
            case ApplicationEvents.INTERVIEW_SCHEDULED, ApplicationEvents.INTERVIEW_COMPLETED ->
                    change.put("interviewId", uuid(sample.get("interviewId")));
            case ApplicationEvents.INTERACTION_LOGGED -> change.put("interactionId", uuid(sample.get("interactionId")));
            default -> throw new AssertionError(type);
        }
        return change;
    }

    @Test
    void everyApplicationEventIsWrittenAsItsSample() {
        for (String type : List.of(ApplicationEvents.CREATED, ApplicationEvents.UPDATED, ApplicationEvents.STAGE_CHANGED,
                ApplicationEvents.CONTACT_ADDED, ApplicationEvents.INTERVIEW_SCHEDULED,
                ApplicationEvents.INTERVIEW_COMPLETED, ApplicationEvents.INTERACTION_LOGGED)) {
            JsonNode sample = EventSamples.sample(type);
            Application a = new Application();
            ApplicationView view = viewOf(sample.get("application"), a);
            assertEquals(sample, JSON.valueToTree(ApplicationEvents.data(a, view, changeOf(type, sample))), type);
        }
    }

    @Test
    void personAndAssignmentEventsAreWrittenAsTheirSamples() {
        JsonNode s = EventSamples.sample(TrackerEvents.PERSON_CREATED);
        Person p = new Person();
        p.id = uuid(s.get("id"));
        p.role = PersonRole.valueOf(s.get("role").asText());
        p.username = text(s.get("username"));
        p.firstName = text(s.get("firstName"));
        p.lastName = text(s.get("lastName"));
        p.email = text(s.get("email"));
        p.locale = text(s.get("locale"));
        p.timeZone = text(s.get("timeZone"));
        p.coachId = uuid(s.get("coachId"));
        assertEquals(s, JSON.valueToTree(PersonView.of(p)), "person.created");

        JsonNode moved = EventSamples.sample(TrackerEvents.ASSIGNMENT_CHANGED);
        assertEquals(moved, JSON.valueToTree(new AssignmentChanged(uuid(moved.get("seekerId")),
                uuid(moved.get("coachId")), uuid(moved.get("previousCoachId")))), "assignment.changed");
    }
}
