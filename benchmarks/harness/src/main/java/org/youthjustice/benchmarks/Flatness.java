package org.youthjustice.benchmarks;

import java.util.Arrays;

/**
 * Whether a series sampled over a soak stays flat: the average of its last third against the average of its first
 * third, flat when they differ by at most {@code tolerance} of the first (10 % in the mixed-load soak) or by no more
 * than {@code negligible} in the series' own unit (e.g. an outbox backlog of a few events). Needs 3 samples.
 */
record Flatness(double firstThird, double lastThird, boolean flat, boolean known) {

    static Flatness of(double[] values, double tolerance, double negligible) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (present.length < 3) {
            return new Flatness(Double.NaN, Double.NaN, false, false);
        }
        int third = present.length / 3;
        double first = Arrays.stream(present, 0, third).average().orElseThrow();
        double last = Arrays.stream(present, present.length - third, present.length).average().orElseThrow();
        double difference = Math.abs(last - first);
        boolean flat = difference <= negligible || difference <= tolerance * Math.abs(first);
        return new Flatness(first, last, flat, true);
    }

    /** The change of the last third against the first in per cent; NaN from a first third of 0. */
    double changePercent() {
        return firstThird == 0 ? Double.NaN : 100 * (lastThird - firstThird) / Math.abs(firstThird);
    }

    /** "flat", "rising" or "falling", or "n/a" for fewer than 3 samples. */
    String verdict() {
        if (!known) {
            return "n/a (fewer than 3 samples)";
        }
        return flat ? "flat" : lastThird > firstThird ? "**rising**" : "**falling**";
    }
}
