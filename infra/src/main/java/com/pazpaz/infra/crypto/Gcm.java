package com.pazpaz.infra.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM on the JDK's provider (it uses AES-NI; several times faster than BouncyCastle's here), shared by
 * field values and wrapped data keys: {@code nonce[12] ‖ ciphertext ‖ tag[16]}.
 */
final class Gcm {

    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int KEY_BYTES = 32;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One cipher object per thread, initialised again for every value: looking up the provider for each field
     * showed in the read path's profile, and a re-used object skips the AES key schedule when consecutive values
     * are under the same key (a record's fields). Re-initialising with a fresh nonce is what GCM requires anyway.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(Gcm::newCipher);

    private Gcm() {}

    /** Encrypts with a fresh random nonce; answers nonce, ciphertext and tag. */
    static byte[] seal(SecretKey key, byte[] associatedData, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = run(Cipher.ENCRYPT_MODE, key, nonce, associatedData, plaintext, 0, plaintext.length);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("AES-GCM encryption cannot fail authentication", e);
        }
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
    }

    /**
     * Decrypts {@code nonce ‖ ciphertext ‖ tag} starting at {@code offset}.
     *
     * @throws AEADBadTagException when the key or the associated data is wrong, or the bytes were altered
     */
    static byte[] open(SecretKey key, byte[] associatedData, byte[] stored, int offset) throws AEADBadTagException {
        if (stored.length - offset < NONCE_BYTES + TAG_BYTES) {
            throw new AEADBadTagException("truncated");
        }
        byte[] nonce = Arrays.copyOfRange(stored, offset, offset + NONCE_BYTES);
        int start = offset + NONCE_BYTES;
        return run(Cipher.DECRYPT_MODE, key, nonce, associatedData, stored, start, stored.length - start);
    }

    static SecretKey randomKey() {
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        return new SecretKeySpec(raw, "AES");
    }

    static SecretKey key(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException("Key must be 32 bytes (AES-256), got " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** A base64 key from configuration; the message names the key, never its value. */
    static SecretKey decodeKey(String name, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Key " + name + " is not valid base64");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException("Key " + name + " must be 32 bytes (AES-256), got " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static byte[] run(
            int mode, SecretKey key, byte[] nonce, byte[] associatedData, byte[] input, int offset, int length)
            throws AEADBadTagException {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            if (associatedData != null) {
                cipher.updateAAD(associatedData);
            }
            return cipher.doFinal(input, offset, length);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "AES-GCM is not available: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "AES-GCM is not available: " + e.getClass().getSimpleName(), e);
        }
    }
}
