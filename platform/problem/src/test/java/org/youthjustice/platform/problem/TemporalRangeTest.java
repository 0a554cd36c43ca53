package org.youthjustice.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TemporalRangeTest {

    @Test
    void theYears1900To9999AreIn() {
        assertTrue(TemporalRange.contains(LocalDate.of(1900, 1, 1)));
        assertTrue(TemporalRange.contains(LocalDate.of(9999, 12, 31)));
        assertTrue(TemporalRange.contains(LocalDateTime.of(2027, 3, 1, 9, 30)));
        assertTrue(TemporalRange.contains(YearMonth.of(2027, 3)));
        assertTrue(TemporalRange.contains(Instant.parse("1900-01-01T00:00:00Z")));
        assertTrue(TemporalRange.contains(Instant.parse("9999-12-31T23:59:59.999999999Z")));
    }

    @Test
    void yearsBeforeAndAfterAreOut() {
        assertFalse(TemporalRange.contains(LocalDate.of(1899, 12, 31)));
        assertFalse(TemporalRange.contains(LocalDate.of(10000, 1, 1)));
        assertFalse(TemporalRange.contains(LocalDate.MIN));
        assertFalse(TemporalRange.contains(Instant.parse("1899-12-31T23:59:59Z")));
        assertFalse(TemporalRange.contains(Instant.parse("+10000-01-01T00:00:00Z")));
        assertFalse(TemporalRange.contains(Instant.MAX));
        assertFalse(TemporalRange.contains(OffsetDateTime.of(LocalDateTime.of(10000, 1, 1, 0, 0), ZoneOffset.UTC)));
    }

    @Test
    void anOffsetDateTimeCountsTheYearAsWritten() {
        assertTrue(TemporalRange.contains(OffsetDateTime.of(LocalDateTime.of(9999, 12, 31, 23, 0),
                ZoneOffset.ofHours(-8))));
    }

    @Test
    void typesWithoutAYearOrWrittenAsNumbersAreNotCovered() {
        assertTrue(TemporalRange.covers(LocalDate.class));
        assertTrue(TemporalRange.covers(Instant.class));
        assertFalse(TemporalRange.covers(LocalTime.class));
        assertFalse(TemporalRange.covers(java.time.Year.class));
    }
}
