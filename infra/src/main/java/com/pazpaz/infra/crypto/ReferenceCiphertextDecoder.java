package com.pazpaz.infra.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * Reads values written by the reference implementation (schema.md §5.3), for importing an existing PazPaz
 * database: the legacy layout {@code nonce ‖ ciphertext ‖ tag} under the master key, and the versioned layout
 * {@code vN:} + the same under that version's key; AES-256-GCM without associated data in both.
 *
 * <p>The precedence is the reference's, exactly: a colon within the first 10 bytes selects the versioned
 * path, whose unknown or undecodable version falls back to the legacy path (a legacy nonce may contain a
 * colon by chance), while a failed authentication on the versioned path is an error and is not retried.
 */
public final class ReferenceCiphertextDecoder {

    private static final int COLON_WINDOW = 10;

    private final Function<String, Optional<SecretKey>> versionKeys;
    private final SecretKey masterKey;

    /**
     * @param versionKeys the key of a version such as {@code v1}, or empty when the version is unknown
     * @param masterKey   the reference's {@code ENCRYPTION_MASTER_KEY}, for legacy values
     */
    public ReferenceCiphertextDecoder(Function<String, Optional<SecretKey>> versionKeys, SecretKey masterKey) {
        this.versionKeys = versionKeys;
        this.masterKey = masterKey;
    }

    /** The plaintext of a stored value; {@code null} stays {@code null}. */
    public String decode(byte[] stored) {
        if (stored == null) {
            return null;
        }
        int colon = firstColon(stored);
        if (colon >= 0) {
            Optional<SecretKey> versionKey = asciiVersion(stored, colon).flatMap(versionKeys);
            if (versionKey.isPresent()) {
                return open(versionKey.get(), stored, colon + 1, "versioned");
            }
        }
        return open(masterKey, stored, 0, "legacy");
    }

    private static int firstColon(byte[] stored) {
        for (int i = 0; i < Math.min(stored.length, COLON_WINDOW); i++) {
            if (stored[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    /** The bytes before the colon as ASCII, or empty when they are not ASCII (then it was a legacy nonce). */
    private static Optional<String> asciiVersion(byte[] stored, int colon) {
        for (int i = 0; i < colon; i++) {
            if (stored[i] < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new String(stored, 0, colon, StandardCharsets.US_ASCII));
    }

    private static String open(SecretKey key, byte[] stored, int offset, String layout) {
        try {
            return new String(Gcm.open(key, null, stored, offset), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new FieldDecryptionException(
                    "A " + layout + " reference value does not decrypt:" + " wrong key, or the value was altered", e);
        }
    }
}
