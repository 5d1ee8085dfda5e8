package io.coachline.gateway.abuse;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits(new RateLimits.Limit(3, Duration.ofMinutes(1)),
            new RateLimits.Limit(1, Duration.ofMinutes(10)),
            List.of(RateLimits.Call.parse("POST /api/applications/import"), RateLimits.Call.parse("GET /api/reports(/.*)?")));

    @Test
    void aCallerGetsTheirCapacityThenAWait() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limits.take("user:a", "GET", "/api/applications"));
        }
        Duration wait = limits.take("user:a", "GET", "/api/applications").orElseThrow();
        // 3 per minute: the next token comes within 20 s
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofSeconds(20)) <= 0, wait.toString());
        assertEquals(Optional.empty(), limits.take("user:b", "GET", "/api/applications"), "each caller has a bucket");
    }

    @Test
    void expensiveCallsSpendTheTighterBucketFirst() {
        assertEquals(Optional.empty(), limits.take("user:c", "POST", "/api/applications/import"));
        Duration wait = limits.take("user:c", "GET", "/api/reports/funnel").orElseThrow();
        assertTrue(wait.compareTo(Duration.ofMinutes(9)) > 0, "one per ten minutes: " + wait);
        // the refused expensive call took nothing from the ordinary bucket: two of three are left
        assertEquals(Optional.empty(), limits.take("user:c", "GET", "/api/me"));
        assertEquals(Optional.empty(), limits.take("user:c", "GET", "/api/me"));
        assertTrue(limits.take("user:c", "GET", "/api/me").isPresent());
    }

    @Test
    void expensiveIsMethodAndWholePath() {
        assertTrue(limits.expensive("GET", "/api/reports"));
        assertTrue(limits.expensive("GET", "/api/reports/funnel"));
        assertFalse(limits.expensive("POST", "/api/reports/funnel"));
        assertFalse(limits.expensive("GET", "/api/reportsx"));
        assertFalse(limits.expensive("GET", "/api/applications/import"));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimits.Limit(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> RateLimits.Call.parse("/api/reports"));
    }
}
