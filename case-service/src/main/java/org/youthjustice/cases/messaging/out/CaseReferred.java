package org.youthjustice.cases.messaging.out;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of {@code case.referred} v2 on {@code cases.v1}, keyed by case reference. The reference is pseudonymous: no
 * name, identity number, date of birth, phone or address ever goes into an event, nor the grid code (v1 had it): a
 * grid is a few hundred households around the juvenile's home, a quasi-identifier (DESIGN §5).
 */
public record CaseReferred(String reference, String type, String correctionKind, String referralSource,
                           String officeCode, String courtCode, String regionCode, LocalDate periodStart,
                           LocalDate periodEnd, String status, Instant referredAt) {

    public static final String TYPE = "case.referred";
    public static final int VERSION = 2;
}
