package org.youthjustice.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

/**
 * The dates and instants a service accepts as input: the years 1900 to 9999. Java reads years up to a billion, and
 * PostgreSQL refuses a timestamp after the year 294276 with an error that fails the request as a 500. What
 * the services record (birth dates of living people, orders, visits, contracts, payments) lies within these years,
 * and four-digit years are what ISO 8601 writes without a sign; a year outside them is a mistake or a probe.
 * A date, date-time or month is checked by the year as written (with its offset or zone, if it has one), an
 * {@link Instant} by its year in UTC.
 */
final class TemporalRange {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;
    static final String CODE = "range";
    static final String MESSAGE = "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR;

    private static final Set<Class<?>> TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class, YearMonth.class);
    private static final Instant FIRST = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private TemporalRange() {
    }

    /** Whether values of this type are checked: the java.time types that carry a year and are written as text. */
    static boolean covers(Class<?> type) {
        return TYPES.contains(type);
    }

    static boolean contains(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST) && instant.isBefore(END);
        }
        int year = value.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
