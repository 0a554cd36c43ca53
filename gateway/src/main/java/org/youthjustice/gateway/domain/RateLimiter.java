package org.youthjustice.gateway.domain;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Counts requests against several limits at once (a client's and its user's) with the generic cell rate algorithm:
 * each key keeps the time at which its quota is next fully spent, so a key costs one {@code long}, a full quota may
 * be used as a burst, and a refused caller learns exactly when the next request would pass.
 * <p>
 * A request is counted only when every limit lets it through, so a caller refused by its user limit does not eat
 * its client's quota.
 */
public final class RateLimiter {

    // Keys whose quota is fully restored are equal to absent ones; they are swept now and then so the map stays small.
    private static final int SWEEP_EVERY = 4096;

    private final LongSupplier nanoClock;
    private final Map<String, Long> spentUntil = new HashMap<>();
    private int sinceSweep;

    public RateLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** One key (e.g. {@code client:mobile-app}) and the limit that applies to it. */
    public record Bucket(String key, RateLimit limit) {
    }

    /**
     * Counts a request against every bucket, or none of them.
     *
     * @return empty when the request may pass, otherwise how long until it would
     */
    public synchronized Optional<Duration> acquire(List<Bucket> buckets) {
        long now = nanoClock.getAsLong();
        sweep(now);
        long wait = 0;
        long[] next = new long[buckets.size()];
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            long from = Math.max(spentUntil.getOrDefault(bucket.key(), now), now);
            next[i] = from + bucket.limit().intervalNanos();
            long excess = next[i] - now - bucket.limit().period().toNanos();
            wait = Math.max(wait, excess);
        }
        if (wait > 0) {
            return Optional.of(Duration.ofNanos(wait));
        }
        for (int i = 0; i < buckets.size(); i++) {
            spentUntil.put(buckets.get(i).key(), next[i]);
        }
        return Optional.empty();
    }

    private void sweep(long now) {
        if (++sinceSweep >= SWEEP_EVERY) {
            sinceSweep = 0;
            spentUntil.values().removeIf(until -> until <= now);
        }
    }
}
