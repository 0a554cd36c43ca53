package org.youthjustice.platform.testing;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Identity tokens as platform-identity wrote them before tokens were bound to their row: {@code v1:<keyId>:...},
 * AES-256-GCM with only {@code v1:<keyId>} as associated data. The library no longer writes them; tests that show
 * they stay readable and are rewritten by the re-encryption job store them with this.
 */
public final class LegacyIdentityTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LegacyIdentityTokens() {
    }

    /** A v1 token of {@code plaintext} under the key {@code keyId} (base64 of 32 bytes); {@code null} stays null. */
    public static String v1(String keyId, String base64Key, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"),
                    new GCMParameterSpec(128, iv));
            cipher.updateAAD(("v1:" + keyId).getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return "v1:" + keyId + ":" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** A random key, base64 of 32 bytes, for a key a test rotates from or to. */
    public static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
