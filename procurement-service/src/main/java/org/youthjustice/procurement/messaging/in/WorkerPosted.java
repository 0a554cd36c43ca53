package org.youthjustice.procurement.messaging.in;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields procurement-service reads of worker-service's {@code worker.posted} v1 on {@code workers.v1}: a post
 * filled at a site for a period and a fraction of full time. The worker id is not read: coverage counts posts.
 */
public record WorkerPosted(Long postingId, String agencyCode, String siteCode, BigDecimal fraction, LocalDate from,
                           LocalDate to, String contractId) {

    public static final String TYPE = "worker.posted";
}
