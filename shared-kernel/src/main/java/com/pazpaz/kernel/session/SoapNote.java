package com.pazpaz.kernel.session;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.util.EnumMap;
import java.util.Map;

/**
 * The four SOAP fields as stored: ciphertext, or {@code null} for an empty field. The edge stores an empty
 * string as {@code null}, so "has content" can be decided without the plaintext (R-FIN-1).
 */
public record SoapNote(
        EncryptedValue subjective, EncryptedValue objective, EncryptedValue assessment, EncryptedValue plan) {

    public static final SoapNote EMPTY = new SoapNote(null, null, null, null);

    /** Builds a note from a field map; absent fields are empty. */
    public static SoapNote of(Map<SoapField, EncryptedValue> fields) {
        return new SoapNote(
                fields.get(SoapField.SUBJECTIVE),
                fields.get(SoapField.OBJECTIVE),
                fields.get(SoapField.ASSESSMENT),
                fields.get(SoapField.PLAN));
    }

    /** True when no field has content. */
    public boolean isEmpty() {
        return subjective == null && objective == null && assessment == null && plan == null;
    }

    public EncryptedValue field(SoapField field) {
        return switch (field) {
            case SUBJECTIVE -> subjective;
            case OBJECTIVE -> objective;
            case ASSESSMENT -> assessment;
            case PLAN -> plan;
        };
    }

    /** The fields that have content, keyed by field. */
    public Map<SoapField, EncryptedValue> fields() {
        Map<SoapField, EncryptedValue> fields = new EnumMap<>(SoapField.class);
        for (SoapField field : SoapField.values()) {
            if (field(field) != null) {
                fields.put(field, field(field));
            }
        }
        return fields;
    }

    /** This note with changed fields applied; a field mapped to {@code null} is cleared. */
    public SoapNote revisedBy(Map<SoapField, EncryptedValue> changes) {
        Map<SoapField, EncryptedValue> fields = fields();
        changes.forEach((field, value) -> {
            if (value == null) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
        });
        return of(fields);
    }
}
