package org.youthjustice.gateway.domain;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops sending requests to an upstream that keeps failing, so that callers get an answer at once instead of
 * waiting for timeouts, and the upstream gets room to recover.
 * <p>
 * Closed: requests pass; {@code failureThreshold} consecutive failures open it. Open: requests are refused for
 * {@code coolDown}. Then half-open: one trial request passes (the others are still refused); its success closes
 * the breaker, its failure opens it for another cool-down. A trial whose outcome never comes (the caller went
 * away before the exchange ended) is given up after a cool-down, so the breaker cannot stay half-open for ever.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long coolDownNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;
    private long trialStartedAt;

    public CircuitBreaker(int failureThreshold, Duration coolDown, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1, was " + failureThreshold);
        }
        this.failureThreshold = failureThreshold;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a request may go to the upstream now; a caller that gets {@code true} must report its outcome. */
    public synchronized boolean tryPass() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (nanoClock.getAsLong() - openedAt < coolDownNanos) {
                    return false;
                }
                state = State.HALF_OPEN;
                return startTrial();
            default:
                if (trialInFlight && nanoClock.getAsLong() - trialStartedAt < coolDownNanos) {
                    return false;
                }
                return startTrial();
        }
    }

    private boolean startTrial() {
        trialInFlight = true;
        trialStartedAt = nanoClock.getAsLong();
        return true;
    }

    public synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void failed() {
        consecutiveFailures++;
        trialInFlight = false;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
        }
    }

    /** The exchange ended for a reason that says nothing about the upstream (e.g. the caller's body was too large). */
    public synchronized void abandoned() {
        trialInFlight = false;
    }

    /** How long until a trial request will be let through (zero unless open). */
    public synchronized Duration retryAfter() {
        if (state != State.OPEN) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(0, coolDownNanos - (nanoClock.getAsLong() - openedAt)));
    }

    public synchronized State state() {
        return state;
    }
}
