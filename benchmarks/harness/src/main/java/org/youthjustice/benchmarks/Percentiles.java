package org.youthjustice.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/**
 * Latency samples in nanoseconds and their nearest-rank percentiles in milliseconds: the value below which at least
 * p % of the samples lie, always one of the samples (no interpolation between two of them).
 */
public final class Percentiles {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(Collection<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return new Percentiles(values);
    }

    public int count() {
        return sorted.length;
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds; NaN without samples. */
    public double millis(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is above 0 and at most 100, was " + p);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / NANOS_PER_MILLI;
    }

    public double p50() {
        return millis(50);
    }

    public double p99() {
        return millis(99);
    }

    public double max() {
        return millis(100);
    }
}
