package com.pazpaz.kernel.client;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a therapist records about a client, as stored: ciphertext for the protected fields (the tags too, as
 * one value: {@link ClientTags}), plaintext for consent. Events carry the whole record so that each one states the
 * client's details as they stood after it, which keeps projections and point-in-time answers trivial.
 *
 * <p>{@code legacyTags} are the plaintext tags of an event stored before tags were encrypted (revision 1 of the
 * client events, read through the store's upcaster); a new event never has any: the next revision of such a client
 * encrypts them into {@code tags} (docs/encryption.md).
 */
public record ClientDetails(
        EncryptedValue firstName,
        EncryptedValue lastName,
        EncryptedValue email,
        EncryptedValue phone,
        EncryptedValue dateOfBirth,
        EncryptedValue address,
        EncryptedValue medicalHistory,
        EncryptedValue emergencyContactName,
        EncryptedValue emergencyContactPhone,
        EncryptedValue notes,
        boolean consentStatus,
        EncryptedValue tags,
        List<String> legacyTags) {

    public ClientDetails {
        Objects.requireNonNull(firstName, "first name");
        Objects.requireNonNull(lastName, "last name");
        if (tags != null && legacyTags != null) {
            throw new IllegalArgumentException("tags are either encrypted or from before encryption, not both");
        }
        legacyTags = legacyTags == null ? null : List.copyOf(legacyTags);
    }

    /** Builds details from a field map; absent fields are null. */
    public static ClientDetails of(Map<ProtectedClientField, EncryptedValue> fields, boolean consent) {
        return of(fields, consent, null);
    }

    private static ClientDetails of(
            Map<ProtectedClientField, EncryptedValue> fields, boolean consent, List<String> legacyTags) {
        return new ClientDetails(
                fields.get(ProtectedClientField.FIRST_NAME),
                fields.get(ProtectedClientField.LAST_NAME),
                fields.get(ProtectedClientField.EMAIL),
                fields.get(ProtectedClientField.PHONE),
                fields.get(ProtectedClientField.DATE_OF_BIRTH),
                fields.get(ProtectedClientField.ADDRESS),
                fields.get(ProtectedClientField.MEDICAL_HISTORY),
                fields.get(ProtectedClientField.EMERGENCY_CONTACT_NAME),
                fields.get(ProtectedClientField.EMERGENCY_CONTACT_PHONE),
                fields.get(ProtectedClientField.NOTES),
                consent,
                fields.get(ProtectedClientField.TAGS),
                legacyTags);
    }

    /** The protected fields that have a value, keyed by field. */
    public Map<ProtectedClientField, EncryptedValue> protectedFields() {
        Map<ProtectedClientField, EncryptedValue> fields = new EnumMap<>(ProtectedClientField.class);
        put(fields, ProtectedClientField.FIRST_NAME, firstName);
        put(fields, ProtectedClientField.LAST_NAME, lastName);
        put(fields, ProtectedClientField.EMAIL, email);
        put(fields, ProtectedClientField.PHONE, phone);
        put(fields, ProtectedClientField.DATE_OF_BIRTH, dateOfBirth);
        put(fields, ProtectedClientField.ADDRESS, address);
        put(fields, ProtectedClientField.MEDICAL_HISTORY, medicalHistory);
        put(fields, ProtectedClientField.EMERGENCY_CONTACT_NAME, emergencyContactName);
        put(fields, ProtectedClientField.EMERGENCY_CONTACT_PHONE, emergencyContactPhone);
        put(fields, ProtectedClientField.NOTES, notes);
        put(fields, ProtectedClientField.TAGS, tags);
        return fields;
    }

    /**
     * These details with a patch applied: changed protected fields (null value = cleared), consent. Tags the patch
     * does not touch stay as they are, legacy plaintext ones included (the aggregate encrypts those).
     */
    public ClientDetails revisedBy(ClientDetailsPatch patch) {
        Map<ProtectedClientField, EncryptedValue> fields = protectedFields();
        patch.protectedFields().forEach((field, value) -> {
            if (value == null) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
        });
        boolean consent = patch.consentStatus() != null ? patch.consentStatus() : consentStatus;
        boolean tagsKept = !patch.protectedFields().containsKey(ProtectedClientField.TAGS);
        return of(fields, consent, tagsKept ? legacyTags : null);
    }

    /** These details with their legacy plaintext tags replaced by the same tags encrypted. */
    public ClientDetails withLegacyTagsEncrypted(EncryptedValue encryptedTags) {
        Map<ProtectedClientField, EncryptedValue> fields = protectedFields();
        fields.put(ProtectedClientField.TAGS, Objects.requireNonNull(encryptedTags, "encrypted tags"));
        return of(fields, consentStatus, null);
    }

    private static void put(
            Map<ProtectedClientField, EncryptedValue> map, ProtectedClientField field, EncryptedValue value) {
        if (value != null) {
            map.put(field, value);
        }
    }
}
