package org.youthjustice.worker.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A worker's cases today, their weighted load and the worker's capacity. Over capacity means a load above it; a
 * load equal to the capacity is full, not over ({@link WorkerFigures}, the same figures without the cases).
 */
public record WorkerCaseload(String workerId, String agencyCode, List<CaseloadCase> cases, BigDecimal weightedLoad,
                             BigDecimal capacity) {

    /** These figures without the cases. */
    public WorkerFigures figures() {
        return new WorkerFigures(workerId, agencyCode, cases.size(), weightedLoad, capacity);
    }

    /** Load as a percentage of capacity, one decimal; null when the capacity is zero (no posting today). */
    public BigDecimal utilisationPercent() {
        return figures().utilisationPercent();
    }

    /** For sorting: a load without any capacity sorts above every percentage, no load at all as zero. */
    public double utilisationForSorting() {
        return figures().utilisationForSorting();
    }

    public boolean exceeded() {
        return figures().exceeded();
    }

    /** Weighted capacity left, negative when over. */
    public BigDecimal free() {
        return figures().free();
    }
}
