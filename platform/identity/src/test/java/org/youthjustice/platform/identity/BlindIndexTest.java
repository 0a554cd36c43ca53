package org.youthjustice.platform.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

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
    void isTheSameFromManyThreadsAtOnce() throws Exception {
        String expected = index.of(NUMBER);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = IntStream.range(0, 8).<Callable<Boolean>>mapToObj(thread -> () ->
                    IntStream.range(0, 500).allMatch(i -> expected.equals(index.of(NUMBER)))).toList();
            for (Future<Boolean> same : threads.invokeAll(tasks)) {
                assertTrue(same.get());
            }
        } finally {
            threads.shutdownNow();
        }
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
