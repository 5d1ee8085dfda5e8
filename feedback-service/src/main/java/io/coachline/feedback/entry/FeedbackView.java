package io.coachline.feedback.entry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entry as the API and the feedback.entry.* events show it. */
public record FeedbackView(UUID id, UUID applicationId, UUID seekerId, UUID authorId, boolean debrief, String outcome,
                           String stageReached, String rejectionReason, List<String> strengths, List<String> weaknesses,
                           String strengthsText, String weaknessesText, String notes, boolean requested, boolean received,
                           String betterCandidateHint, String reflection, String sector, Instant createdAt, Instant updatedAt,
                           int version) {

    static FeedbackView of(FeedbackEntry e) {
        return new FeedbackView(e.id, e.applicationId, e.seekerId, e.authorId, e.debrief, e.outcome, e.stageReached,
                e.rejectionReason, List.of(e.strengths), List.of(e.weaknesses), e.strengthsText, e.weaknessesText, e.notes,
                e.requested, e.received, e.betterCandidateHint, e.reflection, e.sector, e.createdAt, e.updatedAt, e.version);
    }

    FeedbackRequest asRequest() {
        return new FeedbackRequest(applicationId, outcome, stageReached, rejectionReason, strengths, weaknesses, strengthsText,
                weaknessesText, notes, requested, received, betterCandidateHint, reflection);
    }
}
