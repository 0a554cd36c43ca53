package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.cases.config.ReferralProbeConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts, per caller, the referrals refused because another court's case of the juvenile is open: each is a lookup
 * that failed, and many of them are someone trying identity numbers. A sliding window in memory, per replica (like
 * the gateway's rate limits, ADR 0004): with n replicas a caller gets at most n times the budget, which still bounds
 * the lookups, and nothing has to be shared or stored.
 */
@ApplicationScoped
public class ReferralProbes {

    /** The times of each caller's refusals within the window, oldest first; never more than the budget. */
    private final Map<String, Deque<Instant>> refusals = new ConcurrentHashMap<>();

    @Inject
    ReferralProbeConfig config;

    @Inject
    Clock clock;

    /** How long the caller must wait before a referral may meet an open case again; empty while within budget. */
    Optional<Duration> wait(String caller) {
        Deque<Instant> times = refusals.get(caller);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            forgetBefore(times, now);
            return times.size() < config.budget() ? Optional.empty()
                    : Optional.of(Duration.between(now, times.peekFirst().plus(config.window())));
        }
    }

    void refused(String caller) {
        Instant now = clock.instant();
        Deque<Instant> times = refusals.computeIfAbsent(caller, any -> new ArrayDeque<>());
        synchronized (times) {
            forgetBefore(times, now);
            // concurrent referrals of one caller may all have passed the check: the deque stays bounded anyway
            if (times.size() < config.budget()) {
                times.addLast(now);
            }
        }
    }

    private void forgetBefore(Deque<Instant> times, Instant now) {
        Instant start = now.minus(config.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }
}
