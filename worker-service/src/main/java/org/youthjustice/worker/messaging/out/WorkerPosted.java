package org.youthjustice.worker.messaging.out;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Data of {@code worker.posted} v1 on {@code workers.v1}, keyed by worker id: a worker was posted to a site. Feeds
 * procurement's coverage (posts filled) and caseload capacity; no personal data.
 */
public record WorkerPosted(String workerId, String agencyCode, long postingId, String siteCode, String siteKind,
                           LocalDate from, LocalDate to, BigDecimal fraction, int dutyDaysPerWeek,
                           String contractId) {

    public static final String TYPE = "worker.posted";
    public static final int VERSION = 1;
}
