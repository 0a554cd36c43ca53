package org.youthjustice.platform.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** Fresh random keys for unit tests. */
final class TestKeys {

    /** A cell for tests that are about keys, not about cells. */
    static final CipherCell CELL = new CipherCell("juvenile_case", "name_cipher", "GZ-2026-000001");

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    static String random(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static String aes() {
        return random(32);
    }
}
