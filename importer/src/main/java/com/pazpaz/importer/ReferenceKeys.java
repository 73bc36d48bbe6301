package com.pazpaz.importer;

import com.pazpaz.infra.crypto.ReferenceCiphertextDecoder;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reference's encryption keys (behaviour.md R-ENC-3): its {@code ENCRYPTION_MASTER_KEY} for legacy values and
 * the key of each version ({@code v1}, {@code v2}, …) for prefixed ones. Held in memory only.
 */
public record ReferenceKeys(SecretKey masterKey, Map<String, SecretKey> versionKeys) {

    public ReferenceKeys {
        versionKeys = Map.copyOf(versionKeys);
    }

    /** Keys as the reference keeps them: base64 of 32 bytes each. */
    public static ReferenceKeys ofBase64(String masterKey, Map<String, String> versionKeys) {
        Map<String, SecretKey> keys = new HashMap<>();
        versionKeys.forEach((version, key) -> keys.put(version, aes(key)));
        return new ReferenceKeys(aes(masterKey), keys);
    }

    ReferenceCiphertextDecoder decoder() {
        return new ReferenceCiphertextDecoder(version -> Optional.ofNullable(versionKeys.get(version)), masterKey);
    }

    private static SecretKey aes(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalArgumentException("a reference key is 32 bytes, base64-encoded");
        }
        return new SecretKeySpec(key, "AES");
    }
}
