package org.youthjustice.platform.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"52440100MJL123454L", "52440100MJL6789007", "91350100M000100Y43"})
    void acceptsCodesWithTheirCheckCharacter(String code) {
        assertTrue(UnifiedSocialCreditCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"52440100MJL123454M", "52440100MJL12345", "52440100MJL123454LX", "52440100MJI123454L",
            "52440100mjl123454L", ""})
    void refusesWrongCheckLengthOrAlphabet(String code) {
        assertFalse(UnifiedSocialCreditCode.isValid(code));
    }

    @Test
    void refusesNull() {
        assertFalse(UnifiedSocialCreditCode.isValid(null));
    }
}
