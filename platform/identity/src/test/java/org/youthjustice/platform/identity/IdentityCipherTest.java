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
import static org.youthjustice.platform.identity.TestKeys.CELL;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityCipherTest {

    private static final String NAME = "张小明";

    private final String k1 = TestKeys.aes();
    private final String k2 = TestKeys.aes();
    private final String blind = TestKeys.random(32);
    private final IdentityCipher underK1 = new IdentityCipher(IdentityKeys.of("k1", Map.of("k1", k1), blind));
    private final IdentityCipher rotatedToK2 =
            new IdentityCipher(IdentityKeys.of("k2", Map.of("k1", k1, "k2", k2), blind));

    @Test
    void roundTripsAndWritesASelfDescribingToken() {
        String token = underK1.encrypt(NAME, CELL);

        assertTrue(token.matches("v2:k1:[A-Za-z0-9_-]+"), "token form");
        assertFalse(token.contains(NAME));
        assertEquals(NAME, underK1.decrypt(token, CELL));
        assertEquals("", underK1.decrypt(underK1.encrypt("", CELL), CELL));
    }

    @Test
    void nullStaysNull() {
        assertNull(underK1.encrypt(null, CELL));
        assertNull(underK1.decrypt(null, CELL));
        assertNull(underK1.reencrypt(null, CELL));
        assertFalse(underK1.needsRotation(null));
    }

    @Test
    void keepsWorkingAfterARefusedTokenAndAcrossKeysOnOneThread() {
        String underOldKey = underK1.encrypt(NAME, CELL);
        String token = underK1.encrypt(NAME, CELL);
        int middle = token.length() - 10;
        String altered = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A')
                + token.substring(middle + 1);
        assertThrows(IdentityTokenException.class, () -> underK1.decrypt(altered, CELL));

        // one thread, two keys in turn: each value still opens with its own key
        String underNewKey = rotatedToK2.encrypt("李四", CELL);
        assertEquals(NAME, rotatedToK2.decrypt(underOldKey, CELL));
        assertEquals("李四", rotatedToK2.decrypt(underNewKey, CELL));
        assertEquals(NAME, underK1.decrypt(token, CELL));
    }

    @Test
    void roundTripsFromManyThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = IntStream.range(0, 8).<Callable<Boolean>>mapToObj(thread -> () ->
                    IntStream.range(0, 500).mapToObj(i -> NAME + thread + "-" + i)
                            .allMatch(value -> value.equals(underK1.decrypt(underK1.encrypt(value, CELL), CELL))))
                    .toList();
            for (Future<Boolean> roundTripped : threads.invokeAll(tasks)) {
                assertTrue(roundTripped.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        assertNotEquals(underK1.encrypt(NAME, CELL), underK1.encrypt(NAME, CELL));
    }

    @Test
    void detectsAnAlteredCiphertext() {
        String token = underK1.encrypt(NAME, CELL);
        int middle = token.length() - 10;
        char replaced = token.charAt(middle) == 'A' ? 'B' : 'A';
        String altered = token.substring(0, middle) + replaced + token.substring(middle + 1);

        IdentityTokenException refused = assertThrows(IdentityTokenException.class,
                () -> underK1.decrypt(altered, CELL));

        assertEquals(IdentityTokenException.Reason.TAMPERED, refused.reason());
        assertTrue(refused.getMessage().contains("'k1'"), "names the key id");
        assertFalse(refused.getMessage().contains(altered.substring(6)), "never the token");
    }

    @Test
    void detectsAKeyIdMovedToAnotherKey() {
        // Both keys are configured, so only the key id bound as associated data can tell the edit.
        String token = rotatedToK2.encrypt(NAME, CELL).replace("v2:k2:", "v2:k1:");

        IdentityTokenException refused = assertThrows(IdentityTokenException.class,
                () -> rotatedToK2.decrypt(token, CELL));

        assertEquals(IdentityTokenException.Reason.TAMPERED, refused.reason());
    }

    @Test
    void refusesAnUnknownKeyIdNamingIt() {
        String token = rotatedToK2.encrypt(NAME, CELL);

        IdentityTokenException refused = assertThrows(IdentityTokenException.class,
                () -> underK1.decrypt(token, CELL));

        assertEquals(IdentityTokenException.Reason.UNKNOWN_KEY, refused.reason());
        assertEquals("k2", refused.keyId());
        assertTrue(refused.getMessage().contains("'k2'"));
        assertFalse(refused.getMessage().contains(token.substring(6)));
    }

    @Test
    void refusesMalformedTokensWithoutEchoingThem() {
        for (String malformed : new String[]{"张小明", "v2:k1:AAAA", "v2:k1", "v2:K 1:AAAA", "v2:k1:!!!!", "v2:k1:AAAA"}) {
            IdentityTokenException refused = assertThrows(IdentityTokenException.class,
                    () -> underK1.decrypt(malformed, CELL), malformed);
            assertEquals(IdentityTokenException.Reason.MALFORMED, refused.reason(), malformed);
            assertFalse(refused.getMessage().contains(malformed), malformed);
        }
    }

    @Test
    void keepsOldTokensReadableAfterRotationAndMovesThemToThePrimary() {
        String old = underK1.encrypt(NAME, CELL);

        assertEquals(NAME, rotatedToK2.decrypt(old, CELL));
        assertFalse(rotatedToK2.isUnderPrimaryKey(old));
        assertTrue(rotatedToK2.needsRotation(old));

        String moved = rotatedToK2.reencrypt(old, CELL);

        assertTrue(moved.startsWith("v2:k2:"));
        assertTrue(rotatedToK2.isUnderPrimaryKey(moved));
        assertFalse(rotatedToK2.needsRotation(moved));
        assertEquals(NAME, rotatedToK2.decrypt(moved, CELL));
        assertSame(moved, rotatedToK2.reencrypt(moved, CELL), "a second run rewrites nothing");
    }

    @Test
    void givesThePrefixOfPrimaryTokensForQueries() {
        assertEquals("v2:k2:", rotatedToK2.primaryTokenPrefix());
        assertEquals("k2", rotatedToK2.primaryKeyId());
        assertTrue(rotatedToK2.encrypt(NAME, CELL).startsWith(rotatedToK2.primaryTokenPrefix()));
    }

    @Test
    void refusesATokenCopiedIntoAnotherRowColumnOrTable() {
        CipherCell visitNote = new CipherCell("case_visit", "note_cipher", "42:7");
        String token = underK1.encrypt(NAME, visitNote);

        for (CipherCell elsewhere : List.of(new CipherCell("case_visit", "note_cipher", "42:8"),
                new CipherCell("case_visit", "note_cipher", "43:7"),
                new CipherCell("case_visit", "place_cipher", "42:7"),
                new CipherCell("service_record", "note_cipher", "42:7"),
                // the parts are length-prefixed: moving a ':' between table, column and row changes the binding
                new CipherCell("case_visit", "note_cipher:42", "7"))) {
            IdentityTokenException refused = assertThrows(IdentityTokenException.class,
                    () -> underK1.decrypt(token, elsewhere), elsewhere.toString());
            assertEquals(IdentityTokenException.Reason.TAMPERED, refused.reason());
        }
        assertEquals(NAME, underK1.decrypt(token, visitNote));
    }

    @Test
    void readsVersion1TokensAnywhereAndRewritesThemBoundToTheirCell() {
        String v1 = V1Tokens.encrypt("k1", k1, NAME);
        CipherCell caseName = new CipherCell("juvenile_case", "name_cipher", "GZ-2026-000123");

        assertEquals(NAME, underK1.decrypt(v1, caseName));
        assertEquals(NAME, rotatedToK2.decrypt(v1, TestKeys.CELL));
        assertTrue(underK1.needsRotation(v1), "a v1 token under the primary key is still rewritten");

        String moved = underK1.reencrypt(v1, caseName);

        assertTrue(moved.startsWith("v2:k1:"));
        assertFalse(underK1.needsRotation(moved));
        assertEquals(NAME, underK1.decrypt(moved, caseName));
        assertThrows(IdentityTokenException.class, () -> underK1.decrypt(moved, TestKeys.CELL));
    }

    @Test
    void refusesACellWithoutARow() {
        assertThrows(IllegalArgumentException.class, () -> new CipherCell("case_visit", "note_cipher", ""));
        assertThrows(IllegalArgumentException.class, () -> new CipherCell("case_visit", "note_cipher", null));
    }
}
