package io.coachline.feedback.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationFactsTest {

    static ApplicationFacts facts(String json) throws Exception {
        return ApplicationFacts.of(new ObjectMapper().readTree(json.replace('\'', '"')));
    }

    @Test
    void aRejectionAfterTwoInterviewsCountsFromTheLastInterview() throws Exception {
        ApplicationFacts f = facts("{'stage':'REJECTED','appliedOn':'2025-03-01','interviews':["
                + "{'scheduledAt':'2025-03-10T10:00:00Z','completedAt':'2025-03-10T11:00:00Z'},{'scheduledAt':'2025-03-20T10:00:00Z'}],"
                + "'stageHistory':[{'from':null,'to':'APPLIED','at':'2025-03-01T08:00:00Z'},{'from':'APPLIED','to':'INTERVIEW','at':'2025-03-05T08:00:00Z'},"
                + "{'from':'INTERVIEW','to':'REJECTED','at':'2025-03-27T10:00:00Z'}],"
                + "'interactions':[{'direction':'OUTBOUND'},{'direction':'OUTBOUND'}]}");
        assertEquals("INTERVIEW", f.furthestStage());
        assertEquals(LocalDate.parse("2025-03-01"), f.appliedOn());
        assertTrue(f.reachedInterview());
        assertFalse(f.reachedOffer());
        assertEquals(Instant.parse("2025-03-20T10:00:00Z"), f.lastInterviewAt());
        assertEquals(Instant.parse("2025-03-27T10:00:00Z"), f.decidedAt());
        assertEquals(2, f.outboundFollowUps());
        assertTrue(f.employerResponded());
    }

    @Test
    void anAcceptedOfferReachedEveryStep() throws Exception {
        ApplicationFacts f = facts("{'stage':'ACCEPTED','createdAt':'2025-01-02T10:00:00Z','stageHistory':[{'from':'OFFER','to':'ACCEPTED','at':'2025-02-01T10:00:00Z'}]}");
        assertEquals("ACCEPTED", f.furthestStage());
        assertTrue(f.reachedInterview() && f.reachedOffer() && f.accepted());
        assertNull(f.decidedAt());
    }

    @Test
    void aWishIsNotAnApplicationAndSilenceIsNoResponse() throws Exception {
        ApplicationFacts wish = facts("{'stage':'WISHLIST','createdAt':'2025-01-02T10:00:00Z'}");
        assertNull(wish.appliedOn());
        ApplicationFacts silent = facts("{'stage':'NO_RESPONSE','appliedOn':'2025-01-02','interactions':[{'direction':'OUTBOUND'}]}");
        assertEquals("APPLIED", silent.furthestStage());
        assertFalse(silent.employerResponded());
    }
}
