package org.youthjustice.platform.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/**
 * The keys of identity protection. In production they come from environment variables fed by secrets
 * ({@code YJS_IDENTITY_PRIMARY_KEY_ID}, {@code YJS_IDENTITY_KEYS_<ID>},
 * {@code YJS_IDENTITY_BLIND_INDEX_PRIMARY_KEY_ID}, {@code YJS_IDENTITY_BLIND_INDEX_KEYS_<ID>}); on a developer's
 * machine {@link #localKeyFile()} may stand in for all of them.
 */
@ConfigMapping(prefix = "yjs.identity")
public interface IdentityConfig {

    /** The id of the key that encrypts new values; it must be one of {@link #keys()}. */
    Optional<String> primaryKeyId();

    /** Key id to base64 of 32 bytes. Old ids stay here after a rotation so that their tokens still decrypt. */
    Map<String, String> keys();

    /**
     * Base64 of at least 32 bytes: the unversioned HMAC key of {@link BlindIndex}, whose indexes carry no key id
     * (how every index was written before blind-index keys could rotate).
     */
    Optional<String> blindIndexKey();

    /** The id of the blind-index key that indexes new values; it must be one of {@link #blindIndexKeys()}. */
    Optional<String> blindIndexPrimaryKeyId();

    /** Blind-index key id to base64 of at least 32 bytes; their indexes read {@code <id>:<hex>}. */
    Map<String, String> blindIndexKeys();

    /**
     * A properties file that holds the keys, as a mounted secret provides them (production: the service's own file of
     * the Secret identity-keys, e.g. {@code /etc/yjs/identity/case-service.properties}): {@code primary-key-id}, {@code keys.<id>},
     * {@code blind-index-primary-key-id}, {@code blind-index-keys.<id>} and, for indexes written before blind-index
     * keys had ids, {@code blind-index-key}. Used when no key is configured; it must exist, and is never generated.
     */
    Optional<String> keyFile();

    /**
     * A properties file that holds generated local development keys; used only when no key is configured.
     * Relative paths are resolved against the working directory.
     */
    Optional<String> localKeyFile();

    /**
     * Whether a service refuses to start while a stored token or index is under a key that is not configured
     * (see {@link KeysInUse}). On by default; off only to let an operator start a service to repair data by hand.
     */
    @WithDefault("true")
    boolean checkKeysInUse();

    /** The re-encryption job. */
    Reencrypt reencrypt();

    interface Reencrypt {

        /**
         * How often the job runs on its own (a Quarkus duration such as {@code 1h}, or {@code off}); read by the
         * schedule of {@link IdentityKeyRotation}. Off unless the service sets it.
         */
        @WithDefault("off")
        String every();

        /** Rows rewritten per transaction; each replica locks its own batch. */
        @WithDefault("200")
        int batchSize();
    }
}
