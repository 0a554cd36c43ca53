package org.youthjustice.platform.identity;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checked keys of identity protection. Created at startup ({@link Startup}) so that a service with a missing
 * or malformed key refuses to start instead of failing on the first request that touches an identity.
 */
@Singleton
@Startup
public class IdentityKeys {

    /** Lower-case letters and digits: a key id survives environment-variable names and never contains ':'. */
    static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,32}");
    static final int AES_KEY_BYTES = 32;
    static final int MIN_BLIND_INDEX_KEY_BYTES = 32;

    private static final Logger LOG = Logger.getLogger(IdentityKeys.class);

    private final String primaryKeyId;
    private final Map<String, SecretKey> keys;
    /** The id of the blind-index key of new indexes; {@link BlindIndex#UNVERSIONED} for the unversioned key. */
    private final String blindIndexPrimaryKeyId;
    private final Map<String, SecretKey> blindIndexKeys;

    @Inject
    IdentityKeys(IdentityConfig config) {
        this(settingsOf(config));
    }

    private IdentityKeys(KeySettings settings) {
        if (settings.keys().isEmpty()) {
            throw new IdentityKeyException("No identity keys are configured: set YJS_IDENTITY_PRIMARY_KEY_ID, "
                    + "YJS_IDENTITY_KEYS_<ID> and YJS_IDENTITY_BLIND_INDEX_KEY (yjs.identity.*), or, for local "
                    + "development only, yjs.identity.local-key-file");
        }
        Map<String, SecretKey> checked = new HashMap<>();
        // Environment variables may upper-case the map key (YJS_IDENTITY_KEYS_K2026A), so ids are compared in lower case.
        settings.keys().forEach((id, value) -> {
            String keyId = id.toLowerCase(Locale.ROOT);
            if (!KEY_ID.matcher(keyId).matches()) {
                throw new IdentityKeyException("yjs.identity.keys: key id '" + id
                        + "' must be 1 to 32 letters or digits");
            }
            checked.put(keyId, new SecretKeySpec(aesKey(keyId, value), "AES"));
        });
        if (settings.primaryKeyId() == null || settings.primaryKeyId().isBlank()) {
            throw new IdentityKeyException("yjs.identity.primary-key-id is not set (env YJS_IDENTITY_PRIMARY_KEY_ID); "
                    + "identity protection cannot encrypt without a primary key");
        }
        this.primaryKeyId = settings.primaryKeyId().trim().toLowerCase(Locale.ROOT);
        if (!checked.containsKey(primaryKeyId)) {
            throw new IdentityKeyException("yjs.identity.primary-key-id is '" + primaryKeyId
                    + "' but yjs.identity.keys." + primaryKeyId + " is not set (env YJS_IDENTITY_KEYS_"
                    + primaryKeyId.toUpperCase(Locale.ROOT) + ")");
        }
        this.keys = Map.copyOf(checked);
        Map<String, SecretKey> indexKeys = new HashMap<>();
        settings.blindIndexKeys().forEach((id, value) -> {
            String keyId = id.toLowerCase(Locale.ROOT);
            if (!KEY_ID.matcher(keyId).matches()) {
                throw new IdentityKeyException("yjs.identity.blind-index-keys: key id '" + id
                        + "' must be 1 to 32 letters or digits");
            }
            indexKeys.put(keyId, hmacKey("yjs.identity.blind-index-keys." + keyId, value));
        });
        if (settings.blindIndexKey() != null && !settings.blindIndexKey().isBlank()) {
            indexKeys.put(BlindIndex.UNVERSIONED, hmacKey("yjs.identity.blind-index-key", settings.blindIndexKey()));
        }
        if (indexKeys.isEmpty()) {
            throw new IdentityKeyException("No blind-index key is configured: set "
                    + "YJS_IDENTITY_BLIND_INDEX_PRIMARY_KEY_ID and YJS_IDENTITY_BLIND_INDEX_KEYS_<ID> "
                    + "(yjs.identity.blind-index-keys.<id>), or yjs.identity.blind-index-key "
                    + "(env YJS_IDENTITY_BLIND_INDEX_KEY)");
        }
        String indexPrimary = settings.blindIndexPrimaryKeyId() == null
                ? "" : settings.blindIndexPrimaryKeyId().trim().toLowerCase(Locale.ROOT);
        if (indexPrimary.isEmpty() && !settings.blindIndexKeys().isEmpty()) {
            throw new IdentityKeyException("yjs.identity.blind-index-keys are set but "
                    + "yjs.identity.blind-index-primary-key-id is not (env YJS_IDENTITY_BLIND_INDEX_PRIMARY_KEY_ID)");
        }
        if (!indexPrimary.isEmpty() && !indexKeys.containsKey(indexPrimary)) {
            throw new IdentityKeyException("yjs.identity.blind-index-primary-key-id is '" + indexPrimary
                    + "' but yjs.identity.blind-index-keys." + indexPrimary + " is not set (env "
                    + "YJS_IDENTITY_BLIND_INDEX_KEYS_" + indexPrimary.toUpperCase(Locale.ROOT) + ")");
        }
        this.blindIndexPrimaryKeyId = indexPrimary.isEmpty() ? BlindIndex.UNVERSIONED : indexPrimary;
        this.blindIndexKeys = Map.copyOf(indexKeys);
    }

    /**
     * Keys given directly, for code that runs without CDI (tests, tools). Each value is base64 of 32 bytes, the
     * blind-index key base64 of at least 32 bytes; the same checks as at startup apply.
     */
    public static IdentityKeys of(String primaryKeyId, Map<String, String> base64Keys, String base64BlindIndexKey) {
        return new IdentityKeys(new KeySettings(primaryKeyId, base64Keys, base64BlindIndexKey));
    }

    /**
     * Keys given directly, with versioned blind-index keys: {@code unversionedBlindIndexKey} may be {@code null}, or
     * the key of the indexes written before blind-index keys had ids.
     */
    public static IdentityKeys of(String primaryKeyId, Map<String, String> base64Keys,
                                  String blindIndexPrimaryKeyId, Map<String, String> base64BlindIndexKeys,
                                  String unversionedBlindIndexKey) {
        return new IdentityKeys(new KeySettings(primaryKeyId, base64Keys, unversionedBlindIndexKey,
                blindIndexPrimaryKeyId, base64BlindIndexKeys));
    }

    private static KeySettings settingsOf(IdentityConfig config) {
        if (config.keys().isEmpty() && config.keyFile().isPresent()) {
            return mountedKeys(Path.of(config.keyFile().get()));
        }
        if (config.keys().isEmpty() && config.localKeyFile().isPresent()) {
            Path file = Path.of(config.localKeyFile().get());
            KeySettings local = new LocalKeyFile(file).readOrCreate();
            LOG.warnf("Identity protection is using LOCAL DEVELOPMENT keys from %s: never use them for real data; "
                    + "production sets YJS_IDENTITY_PRIMARY_KEY_ID, YJS_IDENTITY_KEYS_<ID> and "
                    + "YJS_IDENTITY_BLIND_INDEX_KEY from secrets", file.toAbsolutePath());
            return local;
        }
        return new KeySettings(config.primaryKeyId().orElse(null), config.keys(),
                config.blindIndexKey().orElse(null), config.blindIndexPrimaryKeyId().orElse(null),
                config.blindIndexKeys());
    }

    /** The keys of the file a secret is mounted as: it must be there, since nothing may stand in for real keys. */
    private static KeySettings mountedKeys(Path file) {
        if (!Files.isReadable(file)) {
            throw new IdentityKeyException("yjs.identity.key-file " + file.toAbsolutePath() + " is missing or "
                    + "unreadable (in Kubernetes the Secret identity-keys, mounted at /etc/yjs/identity; "
                    + "deploy/k8s/SECRETS.md)");
        }
        try {
            return LocalKeyFile.read(file);
        } catch (IOException e) {
            throw new IdentityKeyException("Cannot read the identity key file yjs.identity.key-file " + file, e);
        }
    }

    private static byte[] aesKey(String keyId, String base64) {
        byte[] key = decode("yjs.identity.keys." + keyId, base64);
        if (key.length != AES_KEY_BYTES) {
            throw new IdentityKeyException("yjs.identity.keys." + keyId + " must be base64 of " + AES_KEY_BYTES
                    + " bytes (AES-256) but has " + key.length + " bytes");
        }
        return key;
    }

    private static SecretKey hmacKey(String property, String base64) {
        byte[] key = decode(property, base64);
        if (key.length < MIN_BLIND_INDEX_KEY_BYTES) {
            throw new IdentityKeyException(property + " must be base64 of at least "
                    + MIN_BLIND_INDEX_KEY_BYTES + " bytes but has " + key.length + " bytes");
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    private static byte[] decode(String property, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IdentityKeyException(property + " is empty");
        }
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            // The cause would quote the offending character of a secret: leave it out.
            throw new IdentityKeyException(property + " is not valid base64");
        }
    }

    String primaryKeyId() {
        return primaryKeyId;
    }

    /** The key with this id, or {@code null} when none is configured. */
    SecretKey key(String keyId) {
        return keys.get(keyId);
    }

    /** Every configured key id, the primary one included. */
    Set<String> keyIds() {
        return keys.keySet();
    }

    String blindIndexPrimaryKeyId() {
        return blindIndexPrimaryKeyId;
    }

    /** Every configured blind-index key id, the primary one first ({@link BlindIndex#UNVERSIONED}: unversioned key). */
    Set<String> blindIndexKeyIds() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(blindIndexPrimaryKeyId);
        ids.addAll(blindIndexKeys.keySet());
        return ids;
    }

    /** The blind-index key with this id, or {@code null} when none is configured. */
    SecretKey blindIndexKey(String keyId) {
        return blindIndexKeys.get(keyId);
    }
}
