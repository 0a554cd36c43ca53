package org.youthjustice.platform.identity;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.platform.identity.TestKeys.CELL;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a service meets at startup when its keys are wrong: a refusal that says which setting to fix. */
class IdentityKeysTest {

    private final String aes = TestKeys.aes();
    private final String blind = TestKeys.random(32);

    @Test
    void refusesAPrimaryKeyOf16Bytes() {
        String short16 = TestKeys.random(16);

        IdentityKeyException refused = assertThrows(IdentityKeyException.class,
                () -> new IdentityKeys(config(Optional.of("k1"), Map.of("k1", short16), Optional.of(blind))));

        assertEquals("yjs.identity.keys.k1 must be base64 of 32 bytes (AES-256) but has 16 bytes",
                refused.getMessage());
        assertFalse(refused.getMessage().contains(short16));
    }

    @Test
    void refusesAMissingPrimaryKeyId() {
        IdentityKeyException refused = assertThrows(IdentityKeyException.class,
                () -> new IdentityKeys(config(Optional.empty(), Map.of("k1", aes), Optional.of(blind))));

        assertTrue(refused.getMessage().contains("yjs.identity.primary-key-id is not set"));
    }

    @Test
    void refusesAPrimaryKeyIdWithoutItsKey() {
        IdentityKeyException refused = assertThrows(IdentityKeyException.class,
                () -> new IdentityKeys(config(Optional.of("k2"), Map.of("k1", aes), Optional.of(blind))));

        assertTrue(refused.getMessage().contains("yjs.identity.keys.k2 is not set (env YJS_IDENTITY_KEYS_K2)"));
    }

    @Test
    void refusesNoKeysAtAllWithoutALocalKeyFile() {
        IdentityKeyException refused = assertThrows(IdentityKeyException.class,
                () -> new IdentityKeys(config(Optional.empty(), Map.of(), Optional.empty())));

        assertTrue(refused.getMessage().startsWith("No identity keys are configured"));
        assertTrue(refused.getMessage().contains("yjs.identity.local-key-file"));
    }

    @Test
    void refusesAKeyThatIsNotBase64WithoutQuotingIt() {
        IdentityKeyException refused = assertThrows(IdentityKeyException.class,
                () -> IdentityKeys.of("k1", Map.of("k1", "not*base64"), blind));

        assertEquals("yjs.identity.keys.k1 is not valid base64", refused.getMessage());
    }

    @Test
    void refusesAMissingOrShortBlindIndexKey() {
        assertTrue(assertThrows(IdentityKeyException.class, () -> IdentityKeys.of("k1", Map.of("k1", aes), null))
                .getMessage().contains("No blind-index key is configured"));
        assertTrue(assertThrows(IdentityKeyException.class,
                        () -> IdentityKeys.of("k1", Map.of("k1", aes), TestKeys.random(16)))
                .getMessage().contains("at least 32 bytes but has 16"));
    }

    @Test
    void refusesAKeyIdThatCannotAppearInATokenOrAnEnvironmentVariable() {
        assertThrows(IdentityKeyException.class, () -> IdentityKeys.of("k:1", Map.of("k:1", aes), blind));
    }

    @Test
    void readsKeyIdsInAnyCaseAsEnvironmentVariablesMayUpperCaseThem() {
        IdentityCipher cipher = new IdentityCipher(IdentityKeys.of("K2026A", Map.of("K2026A", aes), blind));

        assertTrue(cipher.encrypt("x", CELL).startsWith("v2:k2026a:"));
    }

    static IdentityConfig config(Optional<String> primary, Map<String, String> keys, Optional<String> blindIndex) {
        return config(primary, keys, blindIndex, Optional.empty());
    }

    static IdentityConfig config(Optional<String> primary, Map<String, String> keys, Optional<String> blindIndex,
                                 Optional<String> localKeyFile) {
        return config(primary, keys, blindIndex, Optional.empty(), localKeyFile);
    }

    static IdentityConfig config(Optional<String> primary, Map<String, String> keys, Optional<String> blindIndex,
                                 Optional<String> keyFile, Optional<String> localKeyFile) {
        return new IdentityConfig() {
            @Override
            public Optional<String> primaryKeyId() {
                return primary;
            }

            @Override
            public Map<String, String> keys() {
                return keys;
            }

            @Override
            public Optional<String> blindIndexKey() {
                return blindIndex;
            }

            @Override
            public Optional<String> blindIndexPrimaryKeyId() {
                return Optional.empty();
            }

            @Override
            public Map<String, String> blindIndexKeys() {
                return Map.of();
            }

            @Override
            public Optional<String> keyFile() {
                return keyFile;
            }

            @Override
            public Optional<String> localKeyFile() {
                return localKeyFile;
            }

            @Override
            public boolean checkKeysInUse() {
                return true;
            }

            @Override
            public Reencrypt reencrypt() {
                return new Reencrypt() {
                    @Override
                    public String every() {
                        return "off";
                    }

                    @Override
                    public int batchSize() {
                        return 200;
                    }
                };
            }
        };
    }
}
