package io.coachline.gateway.abuse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Token buckets per caller: one for every call, and a tighter one for the calls that cost a service real work (CSV
 * import, reports, a tenant re-plan). Buckets of callers idle for longer than a refill period are forgotten (a new
 * one starts full, which is what the old one would be by then), so memory stays bounded.
 */
public final class RateLimits {

    /** {@code requests} per {@code period}, refilled gradually, at most {@code requests} at once. */
    public record Limit(long requests, Duration period) {
        public Limit {
            if (requests < 1 || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a rate limit needs at least one request per positive period");
            }
        }
    }

    /** An expensive call: the method and a regular expression of the whole path. */
    public record Call(String method, Pattern path) {
        /** {@code "POST /api/applications/import"}. */
        public static Call parse(String spec) {
            String[] parts = spec.trim().split("\\s+", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("an expensive call is 'METHOD /path-regex', not '" + spec + "'");
            }
            return new Call(parts[0].toUpperCase(), Pattern.compile(parts[1]));
        }

        boolean matches(String method, String path) {
            return this.method.equals(method) && this.path.matcher(path).matches();
        }
    }

    private final Limit every;
    private final Limit expensive;
    private final List<Call> expensiveCalls;
    private final Cache<String, Bucket> everyBuckets;
    private final Cache<String, Bucket> expensiveBuckets;

    public RateLimits(Limit every, Limit expensive, List<Call> expensiveCalls) {
        this.every = every;
        this.expensive = expensive;
        this.expensiveCalls = List.copyOf(expensiveCalls);
        this.everyBuckets = cache(every);
        this.expensiveBuckets = cache(expensive);
    }

    private static Cache<String, Bucket> cache(Limit limit) {
        return Caffeine.newBuilder().expireAfterAccess(limit.period()).maximumSize(200_000).build();
    }

    private static Bucket bucket(Limit limit) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }

    public boolean expensive(String method, String path) {
        return expensiveCalls.stream().anyMatch(c -> c.matches(method, path));
    }

    /** Takes one token for this caller; empty when the call may go ahead, else how long to wait. */
    public Optional<Duration> take(String caller, String method, String path) {
        if (expensive(method, path)) {
            Optional<Duration> wait = take(expensiveBuckets.get(caller, k -> bucket(expensive)));
            if (wait.isPresent()) {
                return wait;
            }
        }
        return take(everyBuckets.get(caller, k -> bucket(every)));
    }

    private static Optional<Duration> take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
