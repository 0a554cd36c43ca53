package org.youthjustice.worker.messaging.out;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Data of {@code worker.capacity-exceeded} and {@code worker.capacity-restored} v1 on {@code workers.v1}, keyed by
 * worker id: the worker's weighted load crossed their capacity upwards, or came back to it or under. No personal
 * data. {@code utilisationPercent} is null when the capacity is zero (no posting today).
 */
public record CapacityChanged(String workerId, String agencyId, BigDecimal weightedLoad, BigDecimal capacity,
                              BigDecimal utilisationPercent, Instant at) {

    public static final String EXCEEDED = "worker.capacity-exceeded";
    public static final String RESTORED = "worker.capacity-restored";
    public static final int VERSION = 1;
}
