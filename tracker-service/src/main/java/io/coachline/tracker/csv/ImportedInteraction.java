package io.coachline.tracker.csv;

import java.time.OffsetDateTime;

import io.coachline.tracker.interaction.Channel;
import io.coachline.tracker.interaction.Direction;
import io.coachline.tracker.interaction.Outcome;
import io.coachline.tracker.interaction.Purpose;

/** One contact with the employer. {@code contactRef} (optional) names a contact of the same application. */
public record ImportedInteraction(
        OffsetDateTime at,
        Channel channel,
        Direction direction,
        String contactRef,
        Purpose purpose,
        String summary,
        Outcome outcome) {

    public ImportedInteraction {
        contactRef = Texts.clean(contactRef);
        summary = Texts.blankToNull(summary);
    }
}
