package org.youthjustice.gateway.domain;

import java.time.Duration;

/**
 * At most {@code requests} requests per {@code period}, allowed as a burst and then spread evenly.
 *
 * @param requests how many requests the period allows
 * @param period   the period
 */
public record RateLimit(int requests, Duration period) {

    public RateLimit {
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request, was " + requests);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit's period must be positive, was " + period);
        }
    }

    long intervalNanos() {
        return Math.max(1, period.toNanos() / requests);
    }
}
