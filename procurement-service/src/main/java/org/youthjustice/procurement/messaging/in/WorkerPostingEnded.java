package org.youthjustice.procurement.messaging.in;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields procurement-service reads of worker-service's {@code worker.posting-ended} v1 on {@code workers.v1}: a
 * posting got its last day, or an earlier one (worker-service never moves an end later).
 */
public record WorkerPostingEnded(Long postingId, String agencyCode, String siteCode, BigDecimal fraction,
                                 String contractId, LocalDate endsOn) {

    public static final String TYPE = "worker.posting-ended";
}
