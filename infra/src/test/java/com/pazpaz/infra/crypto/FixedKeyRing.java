package com.pazpaz.infra.crypto;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** One all-zero key labelled {@code d1} for every owner: the cipher's tests need no vault. */
final class FixedKeyRing implements KeyRing {

    static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");

    private final Map<String, SecretKey> keys = Map.of("d1", KEY);

    @Override
    public LabelledKey currentKeyFor(UUID keyOwner) {
        return new LabelledKey("d1", KEY);
    }

    @Override
    public Optional<SecretKey> keyByLabel(String label) {
        if (label.equals("d2")) {
            throw new KeyDestroyedException(label);
        }
        return Optional.ofNullable(keys.get(label));
    }
}
