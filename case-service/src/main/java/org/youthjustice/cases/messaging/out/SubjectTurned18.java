package org.youthjustice.cases.messaging.out;

import java.time.YearMonth;

/**
 * Data of {@code subject.turned-18} v2 on {@code cases.v1}, keyed by case reference: the juvenile of an open case
 * turned 18 (from the day after the 18th birthday, as criminal law counts) in {@code month}, a month that has ended;
 * raised once per case. The month only, and raised with the month's other cases at the first check after it ended:
 * v1's day of detection, published the day after the birthday, gave the birth date away (DESIGN §5).
 */
public record SubjectTurned18(String reference, String officeCode, YearMonth month) {

    public static final String TYPE = "subject.turned-18";
    public static final int VERSION = 2;
}
