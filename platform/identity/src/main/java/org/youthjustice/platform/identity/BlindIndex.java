package org.youthjustice.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * A keyed HMAC-SHA256 of a value, stored beside its ciphertext so that rows can be found by an exact value
 * without keeping the value in clear. Unlike a plain hash it cannot be reversed by hashing every possible
 * identity number, because the key is not in the database. The same input always gives the same index, so the
 * caller must normalise first ({@link IdentityNumber#normalise(String)}); {@link #ofIdentityNumber(String)} does.
 */
@ApplicationScoped
public class BlindIndex {

    private static final String ALGORITHM = "HmacSHA256";

    private final IdentityKeys keys;
    /**
     * A Mac per thread, initialised once with the key: {@code Mac.getInstance} and {@code init} cost more than the
     * HMAC of an identity number, and a bulk import computes a thousand at once. A Mac is not thread-safe, and
     * {@code doFinal} leaves it ready for the next value under the same key.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public BlindIndex(IdentityKeys keys) {
        this.keys = keys;
    }

    /** 64 lower-case hex characters; {@code null} stays {@code null}. */
    public String of(String normalisedValue) {
        if (normalisedValue == null) {
            return null;
        }
        return HexFormat.of().formatHex(macs.get().doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(keys.blindIndexKey());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    /** The index of an identity number as typed (surrounding spaces, lower-case x); {@code null} stays {@code null}. */
    public String ofIdentityNumber(String identityNumber) {
        return identityNumber == null ? null : of(IdentityNumber.normalise(identityNumber));
    }
}
