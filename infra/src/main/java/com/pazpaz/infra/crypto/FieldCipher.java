package com.pazpaz.infra.crypto;

import com.pazpaz.kernel.crypto.EncryptedValue;

/** Encrypts and decrypts single field values. The one door through which PHI enters and leaves ciphertext. */
public interface FieldCipher {

    /** Encrypts a value for the given place; {@code null} stays {@code null}. */
    EncryptedValue encrypt(String plaintext, FieldBinding binding);

    /**
     * Decrypts a value stored at the given place; {@code null} stays {@code null}.
     *
     * @throws FieldDecryptionException when the value was altered, moved from another place, or its key is gone
     */
    String decrypt(EncryptedValue value, FieldBinding binding);
}
