package org.youthjustice.worker.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DistrictCodesTest {

    @Test
    void theDistrictIsTheSixDigitPartOfASiteCodeAndItsFirstFourDigitsTheCity() {
        assertEquals(Optional.of("440104"), DistrictCodes.districtOf("JO-440104-01"));
        assertEquals(Optional.of("440104"), DistrictCodes.districtOf("CT-440104"));
        assertEquals(Optional.of("4401"), DistrictCodes.cityOf("JO-440106-03"));
        assertEquals(Optional.of("4420"), DistrictCodes.cityOf("FSC-442000-7"));
    }

    @Test
    void aSiteCodeWithoutASixDigitPartNamesNoDistrict() {
        assertEquals(Optional.empty(), DistrictCodes.districtOf("JO-ABC-01"));
        assertEquals(Optional.empty(), DistrictCodes.cityOf("CT-4401041"));
        assertEquals(Optional.empty(), DistrictCodes.cityOf("CM-44010"));
    }
}
