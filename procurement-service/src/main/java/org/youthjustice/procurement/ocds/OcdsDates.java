package org.youthjustice.procurement.ocds;

import org.youthjustice.platform.time.ServiceZone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * OCDS dates: date-times to the second with China's offset ({@code 2027-01-01T00:00:00+08:00}). A period's days are
 * inclusive, so it runs from the start of its first day to the last second of its last day.
 */
public final class OcdsDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private OcdsDates() {
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ServiceZone.ZONE).toInstant();
    }

    public static String of(Instant instant) {
        return FORMAT.format(instant.atZone(ServiceZone.ZONE));
    }

    static String firstSecondOf(LocalDate day) {
        return of(startOf(day));
    }

    static String lastSecondOf(LocalDate day) {
        return FORMAT.format(day.atTime(LocalTime.of(23, 59, 59)).atZone(ServiceZone.ZONE));
    }
}
