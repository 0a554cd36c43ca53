package org.youthjustice.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.platform.identity.TestKeys.CELL;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void generatesKeysOnceReadableByTheOwnerOnlyAndReusesThem() throws Exception {
        Path file = dir.resolve(".local/identity-keys.properties");
        IdentityConfig localRun = IdentityKeysTest.config(Optional.empty(), Map.of(), Optional.empty(),
                Optional.of(file.toString()));

        IdentityCipher first = new IdentityCipher(new IdentityKeys(localRun));
        String token = first.encrypt("张小明", CELL);
        String writtenFirst = Files.readString(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(token.startsWith("v2:local1:"));

        IdentityKeys again = new IdentityKeys(localRun);

        assertEquals(writtenFirst, Files.readString(file), "not generated twice");
        assertEquals("张小明", new IdentityCipher(again).decrypt(token, CELL), "the next start reads earlier data");
        assertEquals(new BlindIndex(again).of("x"), new BlindIndex(new IdentityKeys(localRun)).of("x"));
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no draft left beside the file");
        }
    }

    @Test
    void isIgnoredWhenKeysAreConfigured() {
        Path file = dir.resolve("identity-keys.properties");
        IdentityConfig configured = IdentityKeysTest.config(Optional.of("k1"), Map.of("k1", TestKeys.aes()),
                Optional.of(TestKeys.random(32)), Optional.of(file.toString()));

        IdentityCipher cipher = new IdentityCipher(new IdentityKeys(configured));

        assertTrue(cipher.encrypt("x", CELL).startsWith("v2:k1:"));
        assertFalse(Files.exists(file));
    }
}
