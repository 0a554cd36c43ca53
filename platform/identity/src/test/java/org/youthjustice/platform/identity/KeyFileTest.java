package org.youthjustice.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.platform.identity.TestKeys.CELL;

/** The key file production mounts from the Secret identity-keys (yjs.identity.key-file, deploy/k8s/SECRETS.md). */
class KeyFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheMountedKeysWithVersionedBlindIndexKeys() throws Exception {
        Path file = dir.resolve("identity-keys.properties");
        Files.writeString(file, String.join("\n",
                "primary-key-id=k2027a",
                "keys.k2026a=" + TestKeys.aes(),
                "keys.k2027a=" + TestKeys.aes(),
                "blind-index-primary-key-id=b2027a",
                "blind-index-keys.b2027a=" + TestKeys.random(32)));

        IdentityKeys keys = new IdentityKeys(mounted(file));

        assertTrue(new IdentityCipher(keys).encrypt("张小明", CELL).startsWith("v2:k2027a:"));
        assertTrue(new BlindIndex(keys).of("x").startsWith("b2027a:"));
    }

    @Test
    void aMissingFileStopsTheServiceNamingTheSettingAndTheSecret() {
        Path file = dir.resolve("identity-keys.properties");

        IdentityKeyException refused = assertThrows(IdentityKeyException.class,
                () -> new IdentityKeys(mounted(file)));

        assertTrue(refused.getMessage().contains("yjs.identity.key-file " + file), refused.getMessage());
        assertTrue(refused.getMessage().contains("Secret identity-keys"), refused.getMessage());
        assertFalse(Files.exists(file), "never generated, unlike the local key file");
    }

    @Test
    void keysFromTheEnvironmentWin() {
        Path file = dir.resolve("absent.properties");
        IdentityConfig configured = IdentityKeysTest.config(Optional.of("k1"), Map.of("k1", TestKeys.aes()),
                Optional.of(TestKeys.random(32)), Optional.of(file.toString()), Optional.empty());

        assertEquals("k1", new IdentityKeys(configured).primaryKeyId());
    }

    private static IdentityConfig mounted(Path file) {
        return IdentityKeysTest.config(Optional.empty(), Map.of(), Optional.empty(), Optional.of(file.toString()),
                Optional.empty());
    }
}
