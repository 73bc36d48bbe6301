package com.pazpaz.infra.crypto;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys given in configuration (an environment variable or the local stack's key file): one current key for
 * every record. docs/encryption.md describes how per-client data keys replace it.
 */
public class ConfiguredKeyRing implements KeyRing {

    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9]{0,8}");

    private final Map<String, SecretKey> keys = new TreeMap<>();
    private final LabelledKey current;

    public ConfiguredKeyRing(EncryptionProperties properties) {
        if (properties.keys() == null || properties.keys().isEmpty() || properties.currentKey() == null) {
            throw new IllegalStateException(
                    "No encryption key configured: set pazpaz.encryption.current-key and pazpaz.encryption.keys");
        }
        properties.keys().forEach((label, base64) -> keys.put(checkLabel(label), decode(label, base64)));
        SecretKey currentKey = keys.get(properties.currentKey());
        if (currentKey == null) {
            throw new IllegalStateException("Current encryption key " + properties.currentKey() + " is not configured");
        }
        current = new LabelledKey(properties.currentKey(), currentKey);
    }

    @Override
    public LabelledKey currentKeyFor(UUID keyOwner) {
        return current;
    }

    @Override
    public Optional<SecretKey> keyByLabel(String label) {
        return Optional.ofNullable(keys.get(label));
    }

    private static String checkLabel(String label) {
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalStateException("Key label must be 1..9 lower-case letters or digits: " + label);
        }
        return label;
    }

    private static SecretKey decode(String label, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Key " + label + " is not valid base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("Key " + label + " must be 32 bytes (AES-256), got " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }
}
