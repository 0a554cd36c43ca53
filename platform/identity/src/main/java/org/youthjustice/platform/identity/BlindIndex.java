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

    public BlindIndex(IdentityKeys keys) {
        this.keys = keys;
    }

    /** 64 lower-case hex characters; {@code null} stays {@code null}. */
    public String of(String normalisedValue) {
        if (normalisedValue == null) {
            return null;
        }
        try {
            // Mac is not thread-safe; one per call costs microseconds.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(keys.blindIndexKey());
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    /** The index of an identity number as typed (surrounding spaces, lower-case x); {@code null} stays {@code null}. */
    public String ofIdentityNumber(String identityNumber) {
        return identityNumber == null ? null : of(IdentityNumber.normalise(identityNumber));
    }
}
