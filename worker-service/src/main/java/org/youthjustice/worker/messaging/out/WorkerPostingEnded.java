package org.youthjustice.worker.messaging.out;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Data of {@code worker.posting-ended} v1 on {@code workers.v1}, keyed by worker id: a posting got its last day. */
public record WorkerPostingEnded(String workerId, String agencyCode, long postingId, String siteCode,
                                 BigDecimal fraction, String contractId, LocalDate endsOn) {

    public static final String TYPE = "worker.posting-ended";
    public static final int VERSION = 1;
}
