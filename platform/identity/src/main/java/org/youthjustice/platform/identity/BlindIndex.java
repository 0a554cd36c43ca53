package org.youthjustice.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A keyed HMAC-SHA256 of a value, stored beside its ciphertext so that rows can be found by an exact value
 * without keeping the value in clear. Unlike a plain hash it cannot be reversed by hashing every possible
 * identity number, because the key is not in the database. The same input always gives the same index, so the
 * caller must normalise first ({@link IdentityNumber#normalise(String)}); {@link #ofIdentityNumber(String)} does.
 *
 * <p>The key rotates like the encryption keys: an index reads {@code <keyId>:<hex>}, or bare {@code <hex>} under
 * the unversioned key ({@code yjs.identity.blind-index-key}, how every index was written before). New indexes are
 * written under the primary key; a lookup asks for the value under every configured key ({@link #allOf(String)}),
 * so rows not yet re-indexed by the re-encryption job are still found.
 */
@ApplicationScoped
public class BlindIndex {

    /** The id of the unversioned key, whose indexes carry no prefix; no configured key id is empty. */
    public static final String UNVERSIONED = "";

    private static final String ALGORITHM = "HmacSHA256";

    private final IdentityKeys keys;
    /**
     * Macs per thread and key id, each initialised once with its key: {@code Mac.getInstance} and {@code init} cost
     * more than the HMAC of an identity number, and a bulk import computes a thousand at once. A Mac is not
     * thread-safe, and {@code doFinal} leaves it ready for the next value under the same key.
     */
    private final ThreadLocal<Map<String, Mac>> macs = ThreadLocal.withInitial(HashMap::new);

    public BlindIndex(IdentityKeys keys) {
        this.keys = keys;
    }

    /** The index under the primary blind-index key; {@code null} stays {@code null}. */
    public String of(String normalisedValue) {
        return normalisedValue == null ? null : under(keys.blindIndexPrimaryKeyId(), normalisedValue);
    }

    /**
     * The indexes of the value under every configured key, the primary one first: what a lookup must ask for while
     * a rotation of the blind-index key is under way. Empty for {@code null}.
     */
    public List<String> allOf(String normalisedValue) {
        List<String> all = new ArrayList<>();
        if (normalisedValue != null) {
            for (String keyId : keys.blindIndexKeyIds()) {
                all.add(under(keyId, normalisedValue));
            }
        }
        return all;
    }

    /** The index of an identity number as typed (surrounding spaces, lower-case x); {@code null} stays {@code null}. */
    public String ofIdentityNumber(String identityNumber) {
        return identityNumber == null ? null : of(IdentityNumber.normalise(identityNumber));
    }

    /** {@link #allOf(String)} of an identity number as typed. */
    public List<String> allOfIdentityNumber(String identityNumber) {
        return identityNumber == null ? List.of() : allOf(IdentityNumber.normalise(identityNumber));
    }

    /** Whether a stored index was written under the primary blind-index key. */
    public boolean isUnderPrimaryKey(String storedIndex) {
        return storedIndex != null && keyIdOf(storedIndex).equals(keys.blindIndexPrimaryKeyId());
    }

    /** The id of the key that indexes new values; {@link #UNVERSIONED} for the unversioned key. */
    public String primaryKeyId() {
        return keys.blindIndexPrimaryKeyId();
    }

    /** Whether a blind-index key with this id is configured. */
    public boolean isConfigured(String keyId) {
        return keys.blindIndexKey(keyId) != null;
    }

    /** The key id a stored index names: the part before {@code ':'}, or {@link #UNVERSIONED}. */
    public static String keyIdOf(String storedIndex) {
        int colon = storedIndex.indexOf(':');
        return colon < 0 ? UNVERSIONED : storedIndex.substring(0, colon);
    }

    private String under(String keyId, String normalisedValue) {
        String hex = HexFormat.of().formatHex(mac(keyId).doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        return UNVERSIONED.equals(keyId) ? hex : keyId + ":" + hex;
    }

    private Mac mac(String keyId) {
        return macs.get().computeIfAbsent(keyId, id -> {
            SecretKey key = keys.blindIndexKey(id);
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
            }
        });
    }
}
