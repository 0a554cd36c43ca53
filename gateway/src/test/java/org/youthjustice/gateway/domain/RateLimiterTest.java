package org.youthjustice.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(now::get);
    private final RateLimit sixPerMinute = new RateLimit(6, Duration.ofMinutes(1));

    @Test
    void allowsTheWholeQuotaAsABurstThenSaysWhenTheNextRequestPasses() {
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.acquire(List.of(bucket("client:a", sixPerMinute))).isEmpty());
        }

        assertEquals(Duration.ofSeconds(10), limiter.acquire(List.of(bucket("client:a", sixPerMinute))).orElseThrow());

        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(limiter.acquire(List.of(bucket("client:a", sixPerMinute))).isEmpty());
    }

    @Test
    void aRefusedRequestIsNotCountedAgainstTheOtherLimits() {
        RateLimit onePerMinute = new RateLimit(1, Duration.ofMinutes(1));
        assertTrue(limiter.acquire(List.of(bucket("client:a", sixPerMinute), bucket("user:u", onePerMinute))).isEmpty());
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.acquire(List.of(bucket("client:a", sixPerMinute), bucket("user:u", onePerMinute))).isPresent());
        }

        // Only the one request that passed used the client's quota.
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.acquire(List.of(bucket("client:a", sixPerMinute), bucket("user:v" + i, onePerMinute))).isEmpty());
        }
        assertTrue(limiter.acquire(List.of(bucket("client:a", sixPerMinute), bucket("user:w", onePerMinute))).isPresent());
    }

    @Test
    void keysAreIndependent() {
        RateLimit onePerMinute = new RateLimit(1, Duration.ofMinutes(1));
        assertTrue(limiter.acquire(List.of(bucket("client:a", onePerMinute))).isEmpty());
        assertTrue(limiter.acquire(List.of(bucket("client:b", onePerMinute))).isEmpty());
        assertTrue(limiter.acquire(List.of(bucket("client:a", onePerMinute))).isPresent());
    }

    private static RateLimiter.Bucket bucket(String key, RateLimit limit) {
        return new RateLimiter.Bucket(key, limit);
    }
}
