package com.pazpaz.command.client;

import com.pazpaz.kernel.client.ClientTags;
import com.pazpaz.kernel.client.ProtectedClientField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/clients} (behaviour.md §1.4). Limits the reference leaves open are set from its
 * column hints: address 1000, medical history and notes 5000 characters, at most 50 tags.
 */
record RegisterClientRequest(
        @NotNull @Size(min = 1, max = 255) String firstName,
        @NotNull @Size(min = 1, max = 255) String lastName,
        @Email @Size(max = 255) String email,
        @Size(max = 50) String phone,
        LocalDate dateOfBirth,
        @Size(max = 1000) String address,
        @Size(max = 5000) String medicalHistory,
        @Size(max = 255) String emergencyContactName,
        @Size(max = 50) String emergencyContactPhone,
        Boolean isActive,
        Boolean consentStatus,
        @Size(max = 5000) String notes,
        @Valid @Size(max = 50) List<@NotNull @Size(min = 1, max = 100) String> tags) {

    Map<ProtectedClientField, String> protectedValues() {
        Map<ProtectedClientField, String> values = new EnumMap<>(ProtectedClientField.class);
        values.put(ProtectedClientField.FIRST_NAME, firstName);
        values.put(ProtectedClientField.LAST_NAME, lastName);
        putIfPresent(values, ProtectedClientField.EMAIL, email);
        putIfPresent(values, ProtectedClientField.PHONE, phone);
        putIfPresent(values, ProtectedClientField.DATE_OF_BIRTH, dateOfBirth == null ? null : dateOfBirth.toString());
        putIfPresent(values, ProtectedClientField.ADDRESS, address);
        putIfPresent(values, ProtectedClientField.MEDICAL_HISTORY, medicalHistory);
        putIfPresent(values, ProtectedClientField.EMERGENCY_CONTACT_NAME, emergencyContactName);
        putIfPresent(values, ProtectedClientField.EMERGENCY_CONTACT_PHONE, emergencyContactPhone);
        putIfPresent(values, ProtectedClientField.NOTES, notes);
        putIfPresent(values, ProtectedClientField.TAGS, tags == null ? null : ClientTags.toPlaintext(tags));
        return values;
    }

    private static void putIfPresent(
            Map<ProtectedClientField, String> values, ProtectedClientField field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }
}
