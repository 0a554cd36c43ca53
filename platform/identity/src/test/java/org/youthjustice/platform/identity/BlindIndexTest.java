package org.youthjustice.platform.identity;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlindIndexTest {

    private static final String NUMBER = "11010519491231002X";

    private final String aes = TestKeys.aes();
    private final BlindIndex index = new BlindIndex(IdentityKeys.of("k1", Map.of("k1", aes), TestKeys.random(32)));

    @Test
    void isStableForEqualInput() {
        assertEquals(index.of(NUMBER), index.of(NUMBER));
        assertTrue(index.of(NUMBER).matches("[0-9a-f]{64}"));
    }

    @Test
    void differsForDifferentInput() {
        assertNotEquals(index.of(NUMBER), index.of("440104200801011236"));
    }

    @Test
    void differsUnderAnotherKey() {
        BlindIndex other = new BlindIndex(IdentityKeys.of("k1", Map.of("k1", aes), TestKeys.random(48)));

        assertNotEquals(index.of(NUMBER), other.of(NUMBER));
    }

    @Test
    void indexesAnIdentityNumberAsTypedLikeItsNormalForm() {
        assertEquals(index.of(NUMBER), index.ofIdentityNumber("  11010519491231002x "));
    }

    @Test
    void nullStaysNull() {
        assertNull(index.of(null));
        assertNull(index.ofIdentityNumber(null));
    }
}
