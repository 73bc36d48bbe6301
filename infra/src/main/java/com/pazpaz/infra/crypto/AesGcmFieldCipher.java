package com.pazpaz.infra.crypto;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM on the JDK's provider (it uses AES-NI; several times faster than BouncyCastle's here).
 * Stored layout: ASCII key label, {@code ':'}, 12-byte random nonce, ciphertext, 16-byte tag.
 */
public class AesGcmFieldCipher implements FieldCipher {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final KeyRing keyRing;
    private final SecureRandom random = new SecureRandom();

    public AesGcmFieldCipher(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @Override
    public EncryptedValue encrypt(String plaintext, FieldBinding binding) {
        if (plaintext == null) {
            return null;
        }
        KeyRing.LabelledKey key = keyRing.currentKeyFor(binding.keyOwner());
        byte[] label = (key.label() + ":").getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, key.key(), nonce, binding,
                plaintext.getBytes(StandardCharsets.UTF_8));
        return EncryptedValue.of(ByteBuffer.allocate(label.length + NONCE_BYTES + sealed.length)
                .put(label).put(nonce).put(sealed).array());
    }

    @Override
    public String decrypt(EncryptedValue value, FieldBinding binding) {
        if (value == null) {
            return null;
        }
        String label = value.keyLabel();
        if (label == null) {
            throw new FieldDecryptionException("Value in " + binding.describe() + " has no key label");
        }
        SecretKey key = keyRing.keyByLabel(label).orElseThrow(() -> new KeyDestroyedException(label));
        byte[] stored = value.bytes();
        int nonceStart = label.length() + 1;
        if (stored.length < nonceStart + NONCE_BYTES + TAG_BITS / 8) {
            throw new FieldDecryptionException("Value in " + binding.describe() + " is truncated");
        }
        byte[] nonce = Arrays.copyOfRange(stored, nonceStart, nonceStart + NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(stored, nonceStart + NONCE_BYTES, stored.length);
        return new String(run(Cipher.DECRYPT_MODE, key, nonce, binding, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, FieldBinding binding, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(binding.associatedData());
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new FieldDecryptionException("Value in " + binding.describe()
                    + " does not belong to this record and column, or was altered", e);
        } catch (GeneralSecurityException e) {
            throw new FieldDecryptionException("Encryption failed for " + binding.describe(), e);
        }
    }
}
