package org.youthjustice.worker.messaging.out;

import java.time.LocalDate;

/**
 * Data of {@code worker.registered} v1 on {@code workers.v1}, keyed by worker id. The worker id is a pseudonymous
 * reference: no name, identity number or phone ever goes into an event.
 */
public record WorkerRegistered(String workerId, String agencyCode, String qualificationLevel,
                               LocalDate qualificationExpiresOn, boolean frontLine, String status) {

    public static final String TYPE = "worker.registered";
    public static final int VERSION = 1;
}
