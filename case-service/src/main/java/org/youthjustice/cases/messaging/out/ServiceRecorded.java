package org.youthjustice.cases.messaging.out;

import java.time.LocalDate;

/**
 * Data of {@code service.recorded} v1 on {@code cases.v1}, keyed by case reference: the lead worker delivered a
 * service (procurement-service counts the minutes towards the agency's contract). The note stays in the service.
 */
public record ServiceRecorded(String reference, String officeCode, String workerId, String agencyId, String kind,
                              int minutes, LocalDate deliveredOn) {

    public static final String TYPE = "service.recorded";
    public static final int VERSION = 1;
}
