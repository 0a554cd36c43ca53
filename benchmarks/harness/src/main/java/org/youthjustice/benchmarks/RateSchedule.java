package org.youthjustice.benchmarks;

import java.util.concurrent.locks.LockSupport;

/**
 * Starts of a series of operations at a fixed rate, each due at {@code start + i / rate} whatever the earlier ones
 * took, so that a slow operation does not slow the rate that later ones are offered at (when the operations
 * themselves take longer than the period, the achieved rate is lower and says so).
 */
public final class RateSchedule {

    private final long startNanos;
    private final double periodNanos;

    public RateSchedule(long startNanos, double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("the rate must be above 0, was " + perSecond);
        }
        this.startNanos = startNanos;
        this.periodNanos = 1e9 / perSecond;
    }

    /** When operation {@code i} (from 0) is due, on the {@link System#nanoTime()} clock. */
    public long dueNanos(int i) {
        return startNanos + Math.round(i * periodNanos);
    }

    /** Waits until operation {@code i} is due; returns at once when it is already late. */
    public void awaitTurn(int i) {
        long due = dueNanos(i);
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /**
     * Operations per second achieved: {@code count} operations, the first started at the schedule's start and the
     * last at {@code lastStartNanos}; NaN for fewer than two.
     */
    public double achieved(int count, long lastStartNanos) {
        if (count < 2 || lastStartNanos <= startNanos) {
            return Double.NaN;
        }
        return (count - 1) / ((lastStartNanos - startNanos) / 1e9);
    }
}
