package org.youthjustice.platform.identity;

import java.util.Map;

/** Keys as written in configuration or in the local key file: base64 text, not yet checked. */
record KeySettings(String primaryKeyId, Map<String, String> keys, String blindIndexKey,
                   String blindIndexPrimaryKeyId, Map<String, String> blindIndexKeys) {

    static final String PRIMARY_KEY_ID = "primary-key-id";
    static final String KEYS_PREFIX = "keys.";
    static final String BLIND_INDEX_KEY = "blind-index-key";
    static final String BLIND_INDEX_PRIMARY_KEY_ID = "blind-index-primary-key-id";
    static final String BLIND_INDEX_KEYS_PREFIX = "blind-index-keys.";

    KeySettings {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        blindIndexKeys = blindIndexKeys == null ? Map.of() : Map.copyOf(blindIndexKeys);
    }

    KeySettings(String primaryKeyId, Map<String, String> keys, String blindIndexKey) {
        this(primaryKeyId, keys, blindIndexKey, null, Map.of());
    }

    /** Key ids only: the generated record form would print the keys. */
    @Override
    public String toString() {
        return "KeySettings[primaryKeyId=" + primaryKeyId + ", keyIds=" + keys.keySet()
                + ", blindIndexPrimaryKeyId=" + blindIndexPrimaryKeyId + ", blindIndexKeyIds=" + blindIndexKeys.keySet()
                + "]";
    }
}
