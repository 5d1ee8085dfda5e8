package io.coachline.feedback.application;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the reports count about one application, derived from the tracker's full application
 * (pure: easy to test). Pipeline order: WISHLIST, APPLIED, INTERVIEW, REFERENCE_CHECK, OFFER, ACCEPTED.
 */
public record ApplicationFacts(String furthestStage, LocalDate appliedOn, boolean reachedInterview, boolean reachedOffer,
                               boolean accepted, Instant lastInterviewAt, Instant decidedAt, int outboundFollowUps,
                               boolean employerResponded) {

    public static final List<String> PIPELINE = List.of("WISHLIST", "APPLIED", "INTERVIEW", "REFERENCE_CHECK", "OFFER", "ACCEPTED");
    static final List<String> DECISIONS = List.of("OFFER", "ACCEPTED", "REJECTED");

    public static int rank(String stage) {
        return PIPELINE.indexOf(stage);
    }

    public static ApplicationFacts of(JsonNode app) {
        String stage = app.path("stage").asText("APPLIED");
        int furthest = Math.max(0, rank(stage));
        boolean rejectedOrHold = false;
        LocalDate appliedFromHistory = null;
        for (JsonNode h : app.path("stageHistory")) {
            String to = h.path("to").asText("");
            String from = h.path("from").asText("");
            furthest = Math.max(furthest, Math.max(rank(to), rank(from)));
            if (to.equals("REJECTED") || to.equals("ON_HOLD")) {
                rejectedOrHold = true;
            }
            if (appliedFromHistory == null && rank(to) >= 1) {
                Instant at = instant(h.path("at"));
                appliedFromHistory = at == null ? null : LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
            }
        }
        Instant lastInterview = null;
        for (JsonNode i : app.path("interviews")) {
            Instant at = instant(i.path("completedAt"));
            if (at == null) {
                at = instant(i.path("scheduledAt"));
            }
            if (at != null && (lastInterview == null || at.isAfter(lastInterview))) {
                lastInterview = at;
            }
        }
        if (app.path("interviews").size() > 0) {
            furthest = Math.max(furthest, rank("INTERVIEW"));
        }
        Instant decided = null;
        if (lastInterview != null) {
            for (JsonNode h : app.path("stageHistory")) {
                Instant at = instant(h.path("at"));
                if (DECISIONS.contains(h.path("to").asText("")) && at != null && !at.isBefore(lastInterview)
                        && (decided == null || at.isBefore(decided))) {
                    decided = at;
                }
            }
        }
        int outbound = 0;
        boolean inbound = false;
        for (JsonNode x : app.path("interactions")) {
            String direction = x.path("direction").asText("");
            if (direction.equals("OUTBOUND")) {
                outbound++;
            } else if (direction.equals("INBOUND")) {
                inbound = true;
            }
        }
        LocalDate appliedOn = date(app.path("appliedOn"));
        if (appliedOn == null && furthest >= 1) {
            appliedOn = appliedFromHistory;
            if (appliedOn == null) {
                Instant created = instant(app.path("createdAt"));
                appliedOn = created == null ? null : LocalDate.ofInstant(created, java.time.ZoneOffset.UTC);
            }
        }
        if (furthest < 1 && !stage.equals("WISHLIST") && rank(stage) < 0) {
            furthest = 1; // a terminal stage without history still means the application was sent
        }
        String furthestStage = PIPELINE.get(furthest);
        boolean reachedInterview = furthest >= rank("INTERVIEW");
        boolean responded = inbound || reachedInterview || rejectedOrHold || stage.equals("REJECTED") || stage.equals("ON_HOLD");
        return new ApplicationFacts(furthestStage, furthest >= 1 ? appliedOn : null, reachedInterview,
                furthest >= rank("OFFER"), furthest >= rank("ACCEPTED"), lastInterview, decided, outbound, responded);
    }

    static Instant instant(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull() || n.asText().isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(n.asText()).toInstant();
        } catch (RuntimeException e) {
            try {
                return Instant.parse(n.asText());
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    static LocalDate date(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull() || n.asText().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
