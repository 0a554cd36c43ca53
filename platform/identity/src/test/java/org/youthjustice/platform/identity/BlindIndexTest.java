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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void rotatesToAVersionedKeyAndStillFindsIndexesWrittenUnderTheOldOnes() {
        String unversioned = TestKeys.random(32);
        String b2 = TestKeys.random(32);
        String b3 = TestKeys.random(32);
        BlindIndex before = new BlindIndex(IdentityKeys.of("k1", Map.of("k1", aes), unversioned));
        BlindIndex during = new BlindIndex(IdentityKeys.of("k1", Map.of("k1", aes), "b3",
                Map.of("b2", b2, "b3", b3), unversioned));
        BlindIndex after = new BlindIndex(IdentityKeys.of("k1", Map.of("k1", aes), "b3", Map.of("b3", b3), null));

        String old = before.ofIdentityNumber(NUMBER);
        String current = during.ofIdentityNumber(NUMBER);

        assertTrue(old.matches("[0-9a-f]{64}"), "the unversioned key writes no key id");
        assertTrue(current.matches("b3:[0-9a-f]{64}"));
        assertEquals(current, after.ofIdentityNumber(NUMBER), "the same key gives the same index");
        List<String> lookup = during.allOfIdentityNumber(NUMBER.toLowerCase());
        assertEquals(current, lookup.get(0), "the primary first");
        assertEquals(3, lookup.size(), "one index per configured key");
        assertTrue(lookup.contains(old));
        assertFalse(during.isUnderPrimaryKey(old));
        assertTrue(during.isUnderPrimaryKey(current));
        assertEquals("b3", during.primaryKeyId());
        assertEquals(BlindIndex.UNVERSIONED, before.primaryKeyId());
        assertEquals(List.of(current), after.allOf(NUMBER));
    }

    @Test
    void refusesVersionedKeysWithoutAPrimaryOrAPrimaryThatIsNotConfigured() {
        String b2 = TestKeys.random(32);
        assertTrue(assertThrows(IdentityKeyException.class, () -> IdentityKeys.of("k1", Map.of("k1", aes), null,
                Map.of("b2", b2), null)).getMessage().contains("yjs.identity.blind-index-primary-key-id is not"));
        assertTrue(assertThrows(IdentityKeyException.class, () -> IdentityKeys.of("k1", Map.of("k1", aes), "b3",
                Map.of("b2", b2), null)).getMessage().contains("yjs.identity.blind-index-keys.b3 is not set"));
        assertTrue(assertThrows(IdentityKeyException.class, () -> IdentityKeys.of("k1", Map.of("k1", aes), "b2",
                Map.of("b2", TestKeys.random(16)), null)).getMessage()
                .contains("yjs.identity.blind-index-keys.b2 must be base64 of at least 32 bytes"));
    }
}
