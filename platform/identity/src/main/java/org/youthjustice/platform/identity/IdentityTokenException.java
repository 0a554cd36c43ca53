package org.youthjustice.platform.identity;

/**
 * A stored token could not be decrypted. The message names the key id, which is safe to log and tells an
 * operator which key is missing; it never contains the token or what it protects.
 */
public class IdentityTokenException extends RuntimeException {

    /** Why a token was refused. */
    public enum Reason {
        /** Not of the form {@code v1:<keyId>:<base64url>} or {@code v2:<keyId>:<base64url>}. */
        MALFORMED,
        /** The key id is not among the configured keys (for instance removed too early after a rotation). */
        UNKNOWN_KEY,
        /** Authentication failed: the token was altered, or was written under another key with the same id. */
        TAMPERED
    }

    private final Reason reason;
    private final String keyId;

    IdentityTokenException(Reason reason, String keyId, String message) {
        super(message);
        this.reason = reason;
        this.keyId = keyId;
    }

    static IdentityTokenException malformed() {
        return new IdentityTokenException(Reason.MALFORMED, null, "Identity token is malformed");
    }

    static IdentityTokenException unknownKey(String keyId) {
        return new IdentityTokenException(Reason.UNKNOWN_KEY, keyId,
                "Identity token is under key id '" + keyId + "', which is not configured");
    }

    static IdentityTokenException tampered(String keyId) {
        return new IdentityTokenException(Reason.TAMPERED, keyId,
                "Identity token under key id '" + keyId + "' failed authentication (altered or wrong key)");
    }

    public Reason reason() {
        return reason;
    }

    /** The key id named by the token; {@code null} when the token was malformed. */
    public String keyId() {
        return keyId;
    }
}
