package com.pazpaz.kernel.client;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fields a partial update sent. A protected field mapped to {@code null} is cleared; a field that is not
 * in the map is left alone (the tags are one protected field, {@link ProtectedClientField#TAGS}).
 * {@code consentStatus == null} means "unchanged".
 */
public record ClientDetailsPatch(Map<ProtectedClientField, EncryptedValue> protectedFields, Boolean consentStatus) {

    public ClientDetailsPatch {
        EnumMap<ProtectedClientField, EncryptedValue> copy = new EnumMap<>(ProtectedClientField.class);
        copy.putAll(protectedFields);
        for (ProtectedClientField field : copy.keySet()) {
            if (field.required() && copy.get(field) == null) {
                throw new IllegalArgumentException(field.column() + " cannot be cleared");
            }
        }
        protectedFields = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return protectedFields.isEmpty() && consentStatus == null;
    }
}
