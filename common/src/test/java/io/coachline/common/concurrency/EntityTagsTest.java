package io.coachline.common.concurrency;

import io.coachline.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityTagsTest {

    @Test
    void strongComparisonOverAListOfTags() {
        assertTrue(EntityTags.matches("\"3\"", "\"3\""));
        assertTrue(EntityTags.matches("\"1\", \"3\"", "\"3\""));
        assertTrue(EntityTags.matches("*", "\"3\""));
        assertFalse(EntityTags.matches("W/\"3\"", "\"3\""), "a weak tag never matches If-Match");
        assertFalse(EntityTags.matches("\"2\"", "\"3\""));
    }

    @Test
    void staleIs412MissingWhereRequiredIs428AndNoHeaderPassesACheck() {
        EntityTags tags = new EntityTags();
        tags.check(3);
        assertEquals(428, assertThrows(ProblemException.class, () -> tags.require(3)).problem().status());
        tags.ifMatch("\"2\"");
        ProblemException stale = assertThrows(ProblemException.class, () -> tags.check(3));
        assertEquals(412, stale.problem().status());
        assertEquals("\"3\"", stale.problem().extensions().get("currentETag"));
        tags.ifMatch("\"3\"");
        tags.require(3);
    }

    @Test
    void theAnswerNamesTheVersionReadWhenItLeaves() {
        EntityTags tags = new EntityTags();
        assertNull(tags.answered());
        long[] version = {4};
        tags.answer(() -> version[0]);
        version[0] = 5;
        assertEquals("\"5\"", tags.answered());
    }
}
