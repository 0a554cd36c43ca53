package org.youthjustice.procurement.messaging.in;

import java.time.LocalDate;

/**
 * The fields procurement-service reads of case-service's {@code service.recorded} v1 on {@code cases.v1}: minutes
 * delivered at an office by an agency's worker on a day. Neither the case nor the worker is read.
 */
public record ServiceRecorded(String officeCode, String agencyId, Integer minutes, LocalDate deliveredOn) {

    public static final String TYPE = "service.recorded";
}
