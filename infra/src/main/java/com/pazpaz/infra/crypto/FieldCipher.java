package com.pazpaz.infra.crypto;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.util.Collection;

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

    /**
     * Has the keys of these values at hand before they are decrypted one by one: one look-up in the key vault for
     * a whole page or batch instead of one per key owner. {@code null}s are ignored; it never fails for a value
     * that {@link #decrypt} would refuse, which answers as it always does.
     */
    default void prefetchKeys(Collection<EncryptedValue> values) {}

    /**
     * Encrypts bytes (a file's contents) for the given place, in the same layout as a field value: stored
     * separately from any row, they are still bound to the record and "column" they belong to.
     */
    byte[] encryptBytes(byte[] plaintext, FieldBinding binding);

    /**
     * Decrypts bytes written by {@link #encryptBytes}.
     *
     * @throws FieldDecryptionException when the bytes were altered, moved from another place, or their key is gone
     */
    byte[] decryptBytes(byte[] stored, FieldBinding binding);
}
