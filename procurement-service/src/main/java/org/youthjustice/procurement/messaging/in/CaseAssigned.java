package org.youthjustice.procurement.messaging.in;

/**
 * The fields procurement-service reads of case-service's {@code case.assigned} v1 on {@code cases.v1}: the case's
 * office (an assigned case is an open one); who leads it is not read.
 */
public record CaseAssigned(String reference, String officeCode) {

    public static final String TYPE = "case.assigned";
}
