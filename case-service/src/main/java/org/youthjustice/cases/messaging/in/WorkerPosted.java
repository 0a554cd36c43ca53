package org.youthjustice.cases.messaging.in;

import java.time.LocalDate;

/**
 * The fields case-service reads of worker-service's {@code worker.posted} v1 on {@code workers.v1}: a worker was
 * posted to a site from {@code from} to {@code to} (open-ended when null).
 */
public record WorkerPosted(String workerId, String agencyCode, long postingId, String siteCode, LocalDate from,
                           LocalDate to) {

    public static final String TYPE = "worker.posted";
}
