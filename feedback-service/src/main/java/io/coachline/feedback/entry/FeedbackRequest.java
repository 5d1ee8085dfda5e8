package io.coachline.feedback.entry;

import java.util.List;
import java.util.UUID;

/** The body of POST and PUT /api/feedback (PATCH merges into the stored entry's version of it). */
public record FeedbackRequest(UUID applicationId, String outcome, String stageReached, String rejectionReason,
                              List<String> strengths, List<String> weaknesses, String strengthsText, String weaknessesText,
                              String notes, Boolean requested, Boolean received, String betterCandidateHint, String reflection) {
}
