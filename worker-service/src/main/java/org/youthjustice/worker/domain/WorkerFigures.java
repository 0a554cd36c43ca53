package org.youthjustice.worker.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A worker's figures without their cases: how many cases, their weighted load and the worker's capacity today. What
 * {@code CapacityWatch} keeps in {@link CapacityState} and compares. Over capacity means a load above it; a load equal
 * to the capacity is full, not over.
 */
public record WorkerFigures(String workerId, String agencyCode, int cases, BigDecimal weightedLoad,
                            BigDecimal capacity) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Load as a percentage of capacity, one decimal; null when the capacity is zero (no posting today). */
    public BigDecimal utilisationPercent() {
        return capacity.signum() == 0 ? null
                : weightedLoad.multiply(HUNDRED).divide(capacity, 1, RoundingMode.HALF_UP);
    }

    /** For sorting: a load without any capacity sorts above every percentage, no load at all as zero. */
    public double utilisationForSorting() {
        if (capacity.signum() == 0) {
            return weightedLoad.signum() == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return weightedLoad.doubleValue() / capacity.doubleValue();
    }

    public boolean exceeded() {
        return weightedLoad.compareTo(capacity) > 0;
    }

    /** Weighted capacity left, negative when over. */
    public BigDecimal free() {
        return capacity.subtract(weightedLoad);
    }
}
