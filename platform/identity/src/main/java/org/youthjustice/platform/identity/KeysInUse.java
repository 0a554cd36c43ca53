package org.youthjustice.platform.identity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which keys the stored tokens and blind indexes of a service's registered columns are under, by key id, with the
 * columns (never the values) that still hold one. An operator removes a key only once its id is gone from here;
 * a service refuses to start while a key it does not have still opens something ({@link #requireConfigured}).
 *
 * @param keyIds           encryption key id to the columns ({@code table.column}) holding a token under it
 * @param blindIndexKeyIds blind-index key id ({@link BlindIndex#UNVERSIONED} for the unversioned key) to the columns
 *                         holding an index under it
 */
public record KeysInUse(Map<String, Set<String>> keyIds, Map<String, Set<String>> blindIndexKeyIds) {

    public KeysInUse {
        keyIds = sorted(keyIds);
        blindIndexKeyIds = sorted(blindIndexKeyIds);
    }

    /**
     * Fails when a stored token or index is under a key that is not configured: removing that key would make those
     * values unreadable (or their people unfindable). The message names the key id and the columns, never a value.
     *
     * @throws IdentityKeyException naming the first such key id and its columns
     */
    public void requireConfigured(IdentityCipher cipher, BlindIndex blindIndex) {
        for (Map.Entry<String, Set<String>> used : keyIds.entrySet()) {
            if (!cipher.isConfigured(used.getKey())) {
                throw new IdentityKeyException("Identity key '" + used.getKey() + "' is not configured but still "
                        + "encrypts stored values in " + String.join(", ", used.getValue()) + ": configure "
                        + "yjs.identity.keys." + used.getKey() + " again, run the re-encryption job "
                        + "(POST /identity-key-rotations) until remaining is 0, and only then remove the key");
            }
        }
        for (Map.Entry<String, Set<String>> used : blindIndexKeyIds.entrySet()) {
            if (!blindIndex.isConfigured(used.getKey())) {
                String property = BlindIndex.UNVERSIONED.equals(used.getKey())
                        ? "yjs.identity.blind-index-key" : "yjs.identity.blind-index-keys." + used.getKey();
                throw new IdentityKeyException("Blind-index key " + property + " is not configured but still "
                        + "indexes stored values in " + String.join(", ", used.getValue()) + ": configure it again, "
                        + "run the re-encryption job (POST /identity-key-rotations) until remaining is 0, and only "
                        + "then remove the key");
            }
        }
    }

    /** The key ids as an operator reads them: the unversioned blind-index key as {@code unversioned}. */
    public List<String> blindIndexKeyIdNames() {
        return blindIndexKeyIds.keySet().stream().map(KeysInUse::blindIndexKeyName).toList();
    }

    /** A blind-index key id as an operator reads it: {@code unversioned} for {@link BlindIndex#UNVERSIONED}. */
    static String blindIndexKeyName(String keyId) {
        return BlindIndex.UNVERSIONED.equals(keyId) ? "unversioned" : keyId;
    }

    private static Map<String, Set<String>> sorted(Map<String, Set<String>> byKey) {
        Map<String, Set<String>> sorted = new TreeMap<>();
        byKey.forEach((key, columns) -> sorted.put(key, new TreeSet<>(columns)));
        return Collections.unmodifiableMap(sorted);
    }
}
