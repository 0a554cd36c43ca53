package org.youthjustice.worker.messaging.out;

import java.time.LocalDate;

/**
 * Data of {@code worker.qualification-expiring} v1 on {@code workers.v1}, keyed by worker id: a worker's
 * qualification certificate expires soon (once per certificate). No personal data, not even the certificate number.
 */
public record QualificationExpiring(String workerId, String agencyCode, String qualificationLevel,
                                    LocalDate expiresOn) {

    public static final String TYPE = "worker.qualification-expiring";
    public static final int VERSION = 1;
}
