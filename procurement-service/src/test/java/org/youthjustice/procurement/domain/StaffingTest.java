package org.youthjustice.procurement.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StaffingTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private final Staffing staffing = new Staffing(List.of(
            new Staffing.Post(START, START.plusDays(9), new BigDecimal("1.00")),
            new Staffing.Post(START.plusDays(5), null, new BigDecimal("0.50"))));

    @Test
    void aPostingCountsOnBothItsFirstAndItsLastDay() {
        assertEquals(new BigDecimal("1.00"), staffing.filledOn(START));
        assertEquals(new BigDecimal("1.50"), staffing.filledOn(START.plusDays(9)));
        assertEquals(new BigDecimal("0.50"), staffing.filledOn(START.plusDays(10)));
        assertEquals(BigDecimal.ZERO, staffing.filledOn(START.minusDays(1)));
    }

    @Test
    void vacancyIsTheSumOfTheDailyShortfallsAndNeverNegative() {
        // 2 funded: 5 days at 1, 5 at 1.5, 2 at 0.5; a surplus on no day offsets another's shortfall
        assertEquals(new BigDecimal("10.50"), staffing.vacancyPostDays(2, START, START.plusDays(11)));
        assertEquals(new BigDecimal("0.00"), staffing.vacancyPostDays(1, START, START.plusDays(9)));
        assertEquals(new BigDecimal("0.00"), staffing.vacancyPostDays(2, START, START.minusDays(1)));
    }

    @Test
    void theUnfilledRunEndsOnTheLastDayAndStartsAfterTheLastFullyStaffedDay() {
        assertEquals(Optional.of(START.plusDays(10)), staffing.unfilledSince(1, START, START.plusDays(20)));
        assertEquals(Optional.of(START), staffing.unfilledSince(2, START, START.plusDays(20)));
        assertEquals(Optional.empty(), staffing.unfilledSince(1, START, START.plusDays(9)));
    }
}
