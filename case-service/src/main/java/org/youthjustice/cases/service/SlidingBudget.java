package org.youthjustice.cases.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many refusals each caller may have within a sliding window before it is answered 429 instead. In memory, per
 * replica (like the gateway's rate limits, ADR 0004): with n replicas a caller gets at most n times the budget, which
 * still bounds what the refusals cost, and nothing has to be shared or stored. Used by {@link ReferralProbes} and
 * {@link RevealRefusals}, each with its own budget.
 */
final class SlidingBudget {

    /** The times of each caller's refusals within the window, oldest first; never more than the budget. */
    private final Map<String, Deque<Instant>> refusals = new ConcurrentHashMap<>();

    private final int budget;
    private final Duration window;
    private final Clock clock;

    SlidingBudget(int budget, Duration window, Clock clock) {
        this.budget = budget;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait before it may be refused again; empty while within budget. */
    Optional<Duration> wait(String caller) {
        Deque<Instant> times = refusals.get(caller);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            forgetBefore(times, now);
            return times.size() < budget ? Optional.empty()
                    : Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    void refused(String caller) {
        Instant now = clock.instant();
        Deque<Instant> times = refusals.computeIfAbsent(caller, any -> new ArrayDeque<>());
        synchronized (times) {
            forgetBefore(times, now);
            // concurrent requests of one caller may all have passed the check: the deque stays bounded anyway
            if (times.size() < budget) {
                times.addLast(now);
            }
        }
    }

    private void forgetBefore(Deque<Instant> times, Instant now) {
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }
}
