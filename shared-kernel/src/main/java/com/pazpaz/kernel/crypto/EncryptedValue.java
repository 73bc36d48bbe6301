package com.pazpaz.kernel.crypto;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A field value as stored: ASCII key label, {@code ':'}, 12-byte nonce, AES-GCM ciphertext, 16-byte tag
 * (docs/encryption.md). The same bytes travel in events (as base64 in JSON) and land in the read tables' bytea
 * columns, so no service ever needs the plaintext to move a value along.
 */
public final class EncryptedValue {

    private static final int MAX_LABEL_LENGTH = 16;

    private final byte[] bytes;

    private EncryptedValue(byte[] bytes) {
        this.bytes = bytes;
    }

    public static EncryptedValue of(byte[] stored) {
        Objects.requireNonNull(stored, "stored bytes");
        return new EncryptedValue(stored.clone());
    }

    @JsonCreator
    public static EncryptedValue fromBase64(String base64) {
        return new EncryptedValue(Base64.getDecoder().decode(base64));
    }

    @JsonValue
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key label before the first {@code ':'}, or {@code null} for the reference's un-labelled layout. */
    public String keyLabel() {
        for (int i = 0; i < Math.min(bytes.length, MAX_LABEL_LENGTH + 1); i++) {
            if (bytes[i] == ':') {
                return new String(bytes, 0, i, StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptedValue that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the content: a value may end up in a log line. */
    @Override
    public String toString() {
        return "EncryptedValue[" + bytes.length + " bytes, key " + keyLabel() + "]";
    }
}
