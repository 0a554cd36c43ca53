package org.youthjustice.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts identity fields for storage: AES-256-GCM, a random 96-bit IV per value. A token reads
 * {@code v2:<keyId>:<base64url(iv || ciphertext+tag)>}, so each stored value says which key opens it and keys can
 * rotate while old values stay readable. The version, the key id and the token's {@link CipherCell} (table, column,
 * row) are bound as associated data: a token whose key id was edited, or that was copied into another row or column,
 * fails authentication. Tokens of version {@code v1} (bound to version and key id only) are still read; the
 * re-encryption job rewrites them as {@code v2}.
 */
@ApplicationScoped
public class IdentityCipher {

    static final String V1 = "v1";
    static final String V2 = "v2";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /**
     * A Cipher per thread, initialised afresh for every value: {@code Cipher.getInstance} looks the provider up
     * and a new Cipher expands the AES key at every init, which together cost a bulk import more than the
     * encryption itself; a reused Cipher expands a key only when it differs from the one it used last. A Cipher is
     * not thread-safe, hence one per thread.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(IdentityCipher::newCipher);

    private final IdentityKeys keys;

    public IdentityCipher(IdentityKeys keys) {
        this.keys = keys;
    }

    /** The token of this value under the primary key, bound to its cell; {@code null} stays {@code null}. */
    public String encrypt(String plaintext, CipherCell cell) {
        if (plaintext == null) {
            return null;
        }
        String keyId = keys.primaryKeyId();
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(V2, keyId, cell));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] body = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return prefix(keyId) + ENCODER.encodeToString(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * The value this token protects, read from this cell; {@code null} stays {@code null}. A {@code v1} token is
     * bound to no cell and reads anywhere.
     *
     * @throws IdentityTokenException when the token is malformed, its key id is not configured, or it was altered or
     *                                belongs to another cell
     */
    public String decrypt(String token, CipherCell cell) {
        if (token == null) {
            return null;
        }
        Token parsed = Token.parse(token);
        SecretKey key = keys.key(parsed.keyId());
        if (key == null) {
            throw IdentityTokenException.unknownKey(parsed.keyId());
        }
        byte[] body = parsed.body();
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, body, 0, IV_BYTES));
            cipher.updateAAD(associatedData(parsed.version(), parsed.keyId(), cell));
            byte[] plain = cipher.doFinal(body, IV_BYTES, body.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw IdentityTokenException.tampered(parsed.keyId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Whether this token is a {@code v2} token under the current primary key; {@code false} for {@code null}. */
    public boolean isUnderPrimaryKey(String token) {
        return token != null && token.startsWith(primaryTokenPrefix());
    }

    /**
     * Whether a re-encryption job should rewrite this stored value: it is not {@code null}, and it is under an old
     * key or a {@code v1} token. Only the prefix is read, so scanning a batch costs no decryption.
     */
    public boolean needsRotation(String token) {
        return token != null && !isUnderPrimaryKey(token);
    }

    /**
     * The start shared by every current token ({@code v2:<primaryKeyId>:}), for a query that selects the rows still
     * to re-encrypt: {@code WHERE name_cipher NOT LIKE :prefix || '%'}.
     */
    public String primaryTokenPrefix() {
        return prefix(keys.primaryKeyId());
    }

    /** The id of the key that encrypts new values. */
    public String primaryKeyId() {
        return keys.primaryKeyId();
    }

    /** Whether a key with this id is configured. */
    public boolean isConfigured(String keyId) {
        return keys.key(keyId) != null;
    }

    /**
     * The same value as a current token of this cell: decrypted with the key its token names and encrypted again
     * under the primary key as {@code v2}. A current token is returned as it is, so a job that runs twice rewrites
     * nothing.
     *
     * @throws IdentityTokenException as {@link #decrypt(String, CipherCell)}
     */
    public String reencrypt(String token, CipherCell cell) {
        if (!needsRotation(token)) {
            return token;
        }
        return encrypt(decrypt(token, cell), cell);
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static String prefix(String keyId) {
        return V2 + ":" + keyId + ":";
    }

    /**
     * {@code v1:<keyId>} for a v1 token; for v2 also the cell, each part preceded by its length so that no two
     * cells give the same bytes ({@code a:b} + {@code c} differs from {@code a} + {@code b:c}).
     */
    private static byte[] associatedData(String version, String keyId, CipherCell cell) {
        StringBuilder data = new StringBuilder(version).append(':').append(keyId);
        if (V2.equals(version)) {
            for (String part : new String[] {cell.table(), cell.column(), cell.row()}) {
                data.append('\n').append(part.length()).append(':').append(part);
            }
        }
        return data.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The parts of a token; parsing never puts the token into an exception. */
    private record Token(String version, String keyId, byte[] body) {

        static Token parse(String token) {
            String[] parts = token.split(":", 3);
            if (parts.length != 3 || !(V1.equals(parts[0]) || V2.equals(parts[0]))
                    || !IdentityKeys.KEY_ID.matcher(parts[1]).matches()) {
                throw IdentityTokenException.malformed();
            }
            byte[] body;
            try {
                body = DECODER.decode(parts[2]);
            } catch (IllegalArgumentException e) {
                throw IdentityTokenException.malformed();
            }
            if (body.length < IV_BYTES + TAG_BITS / 8) {
                throw IdentityTokenException.malformed();
            }
            return new Token(parts[0], parts[1], body);
        }
    }
}
