package io.coachline.tracker.csv;

import java.time.OffsetDateTime;

import io.coachline.tracker.csv.ApplicationCsv.Channel;
import io.coachline.tracker.csv.ApplicationCsv.Direction;
import io.coachline.tracker.csv.ApplicationCsv.Outcome;
import io.coachline.tracker.csv.ApplicationCsv.Purpose;

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
