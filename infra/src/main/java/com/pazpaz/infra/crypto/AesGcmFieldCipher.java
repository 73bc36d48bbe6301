package com.pazpaz.infra.crypto;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * AES-256-GCM field encryption. Stored layout: ASCII key label, {@code ':'}, 12-byte random nonce, ciphertext,
 * 16-byte tag; the associated data binds the value to its table, row and column (docs/encryption.md).
 */
public class AesGcmFieldCipher implements FieldCipher {

    private final KeyRing keyRing;

    public AesGcmFieldCipher(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @Override
    public EncryptedValue encrypt(String plaintext, FieldBinding binding) {
        if (plaintext == null) {
            return null;
        }
        return EncryptedValue.of(encryptBytes(plaintext.getBytes(StandardCharsets.UTF_8), binding));
    }

    @Override
    public byte[] encryptBytes(byte[] plaintext, FieldBinding binding) {
        KeyRing.LabelledKey key = keyRing.currentKeyFor(binding.keyOwner());
        byte[] label = (key.label() + ":").getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = Gcm.seal(key.key(), binding.associatedData(), plaintext);
        return ByteBuffer.allocate(label.length + sealed.length)
                .put(label)
                .put(sealed)
                .array();
    }

    @Override
    public byte[] decryptBytes(byte[] stored, FieldBinding binding) {
        return open(EncryptedValue.of(stored), binding);
    }

    @Override
    public void prefetchKeys(Collection<EncryptedValue> values) {
        Set<String> labels = new HashSet<>();
        for (EncryptedValue value : values) {
            if (value != null && value.keyLabel() != null) {
                labels.add(value.keyLabel());
            }
        }
        keyRing.prefetch(labels);
    }

    @Override
    public String decrypt(EncryptedValue value, FieldBinding binding) {
        if (value == null) {
            return null;
        }
        return new String(open(value, binding), StandardCharsets.UTF_8);
    }

    private byte[] open(EncryptedValue value, FieldBinding binding) {
        String label = value.keyLabel();
        if (label == null) {
            throw new FieldDecryptionException("Value in " + binding.describe() + " has no key label");
        }
        SecretKey key = keyRing.keyByLabel(label)
                .orElseThrow(() -> new FieldDecryptionException(
                        "Key " + label + " of a value in " + binding.describe() + " is unknown to this deployment"));
        try {
            return Gcm.open(key, binding.associatedData(), value.bytes(), label.length() + 1);
        } catch (AEADBadTagException e) {
            throw new FieldDecryptionException(
                    "Value in " + binding.describe() + " does not belong to this record and column, or was altered", e);
        }
    }
}
