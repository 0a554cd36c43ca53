package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.problem.UnifiedSocialCreditCode;

class ProvinceTest {

    @Test
    void everyAgencyHasItsOwnValidCreditCodeAndTheFirstIsTheDemoAgency() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < Province.AGENCIES; i++) {
            String code = Province.agency(i);
            // worker-service refuses an agency whose code fails the check character (400)
            assertTrue(UnifiedSocialCreditCode.isValid(code), code);
            codes.add(code);
        }
        assertEquals(Province.AGENCIES, codes.size());
        assertEquals(Province.DEMO_AGENCY, Province.agency(0));
        // the code workers.sql gives agency 1 in worker-service's database
        assertEquals("52440100PRC000001B", Province.agency(1));
    }

    @Test
    void theHundredOfficesAreDistinctAndOfficeNineIsTheDemoOfficersOffice() {
        assertEquals(Province.OFFICES, new HashSet<>(Province.offices()).size());
        assertEquals("JO-440104-01", Province.offices().get(9));
        assertTrue(Province.offices().stream().allMatch(code -> code.matches("JO-[0-9]{6}-0[1-9]")));
    }
}
