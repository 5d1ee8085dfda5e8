package io.coachline.common.people;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.events.IncomingEvent;
import io.coachline.common.events.tracker.AssignmentChanged;
import io.coachline.common.events.tracker.PersonCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps {@link Client} in step with the tracker's person and assignment events: the one projection of
 * people that every consuming service (reminder, feedback) runs on its own channel, in the caller's
 * transaction and tenant.
 */
@ApplicationScoped
public class PeopleProjection {

    static final String DEFAULT_ZONE = "Europe/Oslo";

    @Inject
    ObjectMapper json;

    public static boolean concerns(String type) {
        return PersonCreated.TYPE.equals(type) || AssignmentChanged.TYPE.equals(type);
    }

    /**
     * Applies a person or assignment event (others are not this projection's business).
     *
     * @return the person whose time zone this changed (plans made so far assumed the old one)
     */
    public Optional<UUID> apply(IncomingEvent event) {
        switch (event.type()) {
            case PersonCreated.TYPE -> {
                PersonCreated p = read(event, PersonCreated.class);
                if (p.id() == null || p.role() == null) {
                    throw new IncomingEvent.PoisonEvent(event.type() + " without id or role");
                }
                Client c = Client.<Client>findByIdOptional(p.id()).orElseGet(Client::new);
                String zoneBefore = c.timeZone == null ? DEFAULT_ZONE : c.timeZone;
                c.id = p.id();
                c.role = p.role();
                c.displayName = p.displayName() == null ? "" : p.displayName();
                c.email = p.email();
                c.locale = p.locale() == null ? "en" : p.locale();
                c.timeZone = p.timeZone() == null ? DEFAULT_ZONE : p.timeZone();
                c.coachId = p.coachId();
                c.updatedAt = Instant.now();
                c.persist();
                return zoneBefore.equals(c.timeZone) ? Optional.empty() : Optional.of(c.id);
            }
            case AssignmentChanged.TYPE -> {
                AssignmentChanged a = read(event, AssignmentChanged.class);
                if (a.seekerId() == null) {
                    throw new IncomingEvent.PoisonEvent(event.type() + " without seekerId");
                }
                Client.<Client>findByIdOptional(a.seekerId()).ifPresent(c -> {
                    c.coachId = a.coachId();
                    c.updatedAt = Instant.now();
                });
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IncomingEvent.PoisonEvent(event.type() + " does not match its record: " + e.getOriginalMessage());
        }
    }
}
