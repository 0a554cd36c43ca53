package org.youthjustice.cases.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseReferenceFormatTest {

    @Test
    void padsTheSerialToSixDigitsAndNeverCutsALongerOne() {
        assertEquals("GZ-2026-000007", CaseReferences.reference("GZ", 2026, 7));
        assertEquals("SZ-2027-123456", CaseReferences.reference("SZ", 2027, 123456));
        assertEquals("GZ-2026-1234567", CaseReferences.reference("GZ", 2026, 1234567));
    }
}
