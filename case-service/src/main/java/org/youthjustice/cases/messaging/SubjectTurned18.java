package org.youthjustice.cases.messaging;

import java.time.LocalDate;

/**
 * Data of {@code subject.turned-18} v1 on {@code cases.v1}, keyed by case reference: the juvenile of an open case is
 * 18 (from the day after the 18th birthday, as criminal law counts), raised once per case. No birth date: only the
 * day it was found.
 */
public record SubjectTurned18(String reference, String officeCode, LocalDate detectedOn) {

    public static final String TYPE = "subject.turned-18";
    public static final int VERSION = 1;
}
