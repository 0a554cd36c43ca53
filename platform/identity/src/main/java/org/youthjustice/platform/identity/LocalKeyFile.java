package org.youthjustice.platform.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Development keys kept in a file on the developer's machine, so that data written by one local run is readable
 * by the next. Generated once, readable by the owner only; never used when keys are configured.
 */
final class LocalKeyFile {

    static final String LOCAL_KEY_ID = "local1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    LocalKeyFile(Path file) {
        this.file = file;
    }

    /** The keys in the file, generating it first if it does not exist yet. */
    KeySettings readOrCreate() {
        try {
            if (!Files.exists(file)) {
                create();
            }
            return read(file);
        } catch (IOException e) {
            throw new IdentityKeyException("Cannot use the local key file " + file.toAbsolutePath(), e);
        }
    }

    private void create() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Written aside and linked into place: two services starting together both end up with the one file
        // that won the link, never with a half-written one.
        Path draft = Files.createTempFile(dir, ".identity-keys", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Properties generated = new Properties();
            generated.setProperty(KeySettings.PRIMARY_KEY_ID, LOCAL_KEY_ID);
            generated.setProperty(KeySettings.KEYS_PREFIX + LOCAL_KEY_ID, randomKey(IdentityKeys.AES_KEY_BYTES));
            generated.setProperty(KeySettings.BLIND_INDEX_KEY, randomKey(IdentityKeys.MIN_BLIND_INDEX_KEY_BYTES));
            try (Writer out = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
                generated.store(out, "Local development keys of platform-identity, generated on first start. "
                        + "Never use them for real data.");
            }
            Files.createLink(file, draft);
        } catch (FileAlreadyExistsException e) {
            // Another process created it first: use theirs.
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** The keys of a key file in the format this class writes (production's mounted secret has the same). */
    static KeySettings read(Path file) throws IOException {
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        }
        Map<String, String> keys = new HashMap<>();
        Map<String, String> blindIndexKeys = new HashMap<>();
        for (String name : stored.stringPropertyNames()) {
            if (name.startsWith(KeySettings.KEYS_PREFIX)) {
                keys.put(name.substring(KeySettings.KEYS_PREFIX.length()), stored.getProperty(name));
            } else if (name.startsWith(KeySettings.BLIND_INDEX_KEYS_PREFIX)) {
                // a developer rotates the local blind-index key by adding keys to the file, as production does
                blindIndexKeys.put(name.substring(KeySettings.BLIND_INDEX_KEYS_PREFIX.length()),
                        stored.getProperty(name));
            }
        }
        return new KeySettings(stored.getProperty(KeySettings.PRIMARY_KEY_ID), keys,
                stored.getProperty(KeySettings.BLIND_INDEX_KEY),
                stored.getProperty(KeySettings.BLIND_INDEX_PRIMARY_KEY_ID), blindIndexKeys);
    }

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
