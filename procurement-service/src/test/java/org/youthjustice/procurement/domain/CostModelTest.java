package org.youthjustice.procurement.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CostModelTest {

    private static final BigDecimal GUANGZHOU_PRICE = new BigDecimal("100000");

    @Test
    void guangzhouTwentyToOneForAYear() {
        CostModel.Calculation c = CostModel.calculate(120, 20, GUANGZHOU_PRICE,
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));

        assertEquals(12, c.months());
        assertEquals(6, c.fundedPosts());
        assertEquals(new BigDecimal("600000.00"), c.budget());
        assertEquals(new BigDecimal("5000.00"), c.costPerClientYear());
    }

    @Test
    void aStartedWorkerIsAWholePost() {
        CostModel.Calculation c = CostModel.calculate(41, 20, GUANGZHOU_PRICE,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 1));

        assertEquals(3, c.fundedPosts());
        assertEquals(6, c.months());
        assertEquals(new BigDecimal("150000.00"), c.budget());
        assertEquals(new BigDecimal("7317.07"), c.costPerClientYear());
    }

    @Test
    void aPeriodShorterThanAMonthOrNonPositiveInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CostModel.calculate(10, 20, GUANGZHOU_PRICE,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 20)));
        assertThrows(IllegalArgumentException.class, () -> CostModel.calculate(0, 20, GUANGZHOU_PRICE,
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)));
    }
}
