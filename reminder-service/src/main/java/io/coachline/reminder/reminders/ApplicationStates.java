package io.coachline.reminder.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coachline.reminder.plan.ApplicationState;
import io.coachline.reminder.plan.Channel;
import io.coachline.reminder.plan.Contact;
import io.coachline.reminder.plan.ContactRole;
import io.coachline.reminder.plan.Direction;
import io.coachline.reminder.plan.Interaction;
import io.coachline.reminder.plan.Interview;
import io.coachline.reminder.plan.Outcome;
import io.coachline.reminder.plan.Purpose;
import io.coachline.reminder.plan.Stage;
import io.coachline.reminder.plan.StageReached;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The tracker's application JSON ({@code data.application} of its events) as the planner's
 * {@link ApplicationState}: instants become local dates in the seeker's time zone.
 */
public final class ApplicationStates {

    private ApplicationStates() {
    }

    public static ApplicationState from(String tenant, JsonNode a, ZoneId zone) {
        List<Contact> contacts = new ArrayList<>();
        for (JsonNode c : a.path("contacts")) {
            contacts.add(new Contact(c.path("id").asText(), c.path("name").asText(""),
                    enumOr(ContactRole.class, c.path("role"), ContactRole.OTHER), text(c.path("email"))));
        }
        List<Interview> interviews = new ArrayList<>();
        for (JsonNode i : a.path("interviews")) {
            List<String> panel = new ArrayList<>();
            i.path("panel").forEach(p -> panel.add(p.asText()));
            interviews.add(new Interview(i.path("id").asText(), i.path("round").asInt(1),
                    day(i.path("scheduledAt"), zone), day(i.path("completedAt"), zone),
                    date(i.path("decisionExpectedBy")), panel));
        }
        List<Interaction> interactions = new ArrayList<>();
        for (JsonNode x : a.path("interactions")) {
            LocalDate on = day(x.path("at"), zone);
            if (on == null) {
                continue;
            }
            interactions.add(new Interaction(x.path("id").asText(), on,
                    enumOr(Channel.class, x.path("channel"), null),
                    enumOr(Direction.class, x.path("direction"), Direction.OUTBOUND),
                    text(x.path("contactId")),
                    enumOr(Purpose.class, x.path("purpose"), Purpose.OTHER),
                    enumOr(Outcome.class, x.path("outcome"), null)));
        }
        Stage stage = enumOr(Stage.class, a.path("stage"), Stage.WISHLIST);
        LocalDate appliedOn = date(a.path("appliedOn"));
        List<StageReached.Move> history = new ArrayList<>();
        for (JsonNode h : a.path("stageHistory")) {
            Stage to = enumOr(Stage.class, h.path("to"), null);
            if (to != null) {
                history.add(new StageReached.Move(enumOr(Stage.class, h.path("from"), null), to, day(h.path("at"), zone),
                        h.path("reopen").asBoolean(false)));
            }
        }
        // the day the stage was reached, from the facts; never the day this event was processed
        LocalDate created = day(a.path("createdAt"), zone);
        LocalDate stageSince = StageReached.of(stage, history, day(a.path("stageSince"), zone), appliedOn, interviews,
                interactions, created != null ? created : appliedOn != null ? appliedOn : day(a.path("updatedAt"), zone));
        if (stageSince == null) {
            throw new IllegalArgumentException("application " + a.path("id").asText() + " carries no date at all");
        }
        return new ApplicationState(a.path("id").asText(), a.path("seekerId").asText(), tenant,
                text(a.path("employer")), text(a.path("position")), text(a.path("sector")),
                stage, stageSince, appliedOn, contacts, interviews, interactions);
    }

    public static Instant instant(JsonNode n) {
        String s = text(n);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (RuntimeException e) {
            return Instant.parse(s);
        }
    }

    static LocalDate day(JsonNode n, ZoneId zone) {
        Instant i = instant(n);
        return i == null ? null : i.atZone(zone).toLocalDate();
    }

    static LocalDate date(JsonNode n) {
        String s = text(n);
        return s == null ? null : LocalDate.parse(s);
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || n.asText().isEmpty() ? null : n.asText();
    }

    static <E extends Enum<E>> E enumOr(Class<E> type, JsonNode n, E fallback) {
        String s = text(n);
        if (s == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, s.trim().toUpperCase().replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
