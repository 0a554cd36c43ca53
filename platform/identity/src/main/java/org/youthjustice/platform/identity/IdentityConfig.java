package org.youthjustice.platform.identity;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

/**
 * The keys of identity protection. In production they come from environment variables fed by secrets
 * ({@code YJS_IDENTITY_PRIMARY_KEY_ID}, {@code YJS_IDENTITY_KEYS_<ID>}, {@code YJS_IDENTITY_BLIND_INDEX_KEY});
 * on a developer's machine {@link #localKeyFile()} may stand in for all of them.
 */
@ConfigMapping(prefix = "yjs.identity")
public interface IdentityConfig {

    /** The id of the key that encrypts new values; it must be one of {@link #keys()}. */
    Optional<String> primaryKeyId();

    /** Key id to base64 of 32 bytes. Old ids stay here after a rotation so that their tokens still decrypt. */
    Map<String, String> keys();

    /** Base64 of at least 32 bytes, the HMAC key of {@link BlindIndex}. */
    Optional<String> blindIndexKey();

    /**
     * A properties file that holds generated local development keys; used only when no key is configured.
     * Relative paths are resolved against the working directory.
     */
    Optional<String> localKeyFile();
}
