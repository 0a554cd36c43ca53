package org.youthjustice.worker.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkerCaseloadTest {

    private static WorkerCaseload caseload(String load, String capacity) {
        return new WorkerCaseload("W0001", "52440100MJL123454L", List.of(), new BigDecimal(load),
                new BigDecimal(capacity));
    }

    @Test
    void aLoadEqualToTheCapacityIsFullNotOver() {
        assertFalse(caseload("20.00", "20.00").exceeded());
        assertTrue(caseload("20.50", "20.00").exceeded());
        assertEquals(new BigDecimal("100.0"), caseload("20.00", "20.00").utilisationPercent());
        assertEquals(new BigDecimal("-0.50"), caseload("20.50", "20.00").free());
    }

    @Test
    void withoutCapacityThereIsNoUtilisationAndAnyCaseIsOver() {
        assertNull(caseload("1.00", "0.00").utilisationPercent());
        assertTrue(caseload("1.00", "0.00").exceeded());
        assertFalse(caseload("0.00", "0.00").exceeded());
        assertTrue(caseload("1.00", "0.00").utilisationForSorting() > caseload("30.00", "20.00").utilisationForSorting());
    }

    @Test
    void utilisationHasOneDecimal() {
        assertEquals(new BigDecimal("133.3"), caseload("4.00", "3.00").utilisationPercent());
        assertEquals(new BigDecimal("16.7"), caseload("2.50", "15.00").utilisationPercent());
    }
}
