package com.pazpaz.command.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.pazpaz.command.common.PartialBody;
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
 * Body of {@code PUT /api/v1/clients/{id}}: a partial update. A field that is absent stays as it is; a field
 * sent as {@code null} is cleared. Setters record which fields were sent, which a record cannot do.
 */
class ReviseClientRequest extends PartialBody {

    @Size(min = 1, max = 255)
    private String firstName;

    @Size(min = 1, max = 255)
    private String lastName;

    @Email
    @Size(max = 255)
    private String email;

    @Size(max = 50)
    private String phone;

    private LocalDate dateOfBirth;

    @Size(max = 1000)
    private String address;

    @Size(max = 5000)
    private String medicalHistory;

    @Size(max = 255)
    private String emergencyContactName;

    @Size(max = 50)
    private String emergencyContactPhone;

    private Boolean isActive;
    private Boolean consentStatus;

    @Size(max = 5000)
    private String notes;

    @Valid
    @Size(max = 50)
    private List<@NotNull @Size(min = 1, max = 100) String> tags;

    @JsonProperty("first_name")
    void setFirstName(String value) {
        firstName = value;
        mark("first_name");
    }

    @JsonProperty("last_name")
    void setLastName(String value) {
        lastName = value;
        mark("last_name");
    }

    @JsonProperty("email")
    void setEmail(String value) {
        email = value;
        mark("email");
    }

    @JsonProperty("phone")
    void setPhone(String value) {
        phone = value;
        mark("phone");
    }

    @JsonProperty("date_of_birth")
    void setDateOfBirth(LocalDate value) {
        dateOfBirth = value;
        mark("date_of_birth");
    }

    @JsonProperty("address")
    void setAddress(String value) {
        address = value;
        mark("address");
    }

    @JsonProperty("medical_history")
    void setMedicalHistory(String value) {
        medicalHistory = value;
        mark("medical_history");
    }

    @JsonProperty("emergency_contact_name")
    void setEmergencyContactName(String value) {
        emergencyContactName = value;
        mark("emergency_contact_name");
    }

    @JsonProperty("emergency_contact_phone")
    void setEmergencyContactPhone(String value) {
        emergencyContactPhone = value;
        mark("emergency_contact_phone");
    }

    @JsonProperty("is_active")
    void setIsActive(Boolean value) {
        isActive = value;
        mark("is_active");
    }

    @JsonProperty("consent_status")
    void setConsentStatus(Boolean value) {
        consentStatus = value;
        mark("consent_status");
    }

    @JsonProperty("notes")
    void setNotes(String value) {
        notes = value;
        mark("notes");
    }

    @JsonProperty("tags")
    void setTags(List<String> value) {
        tags = value;
        mark("tags");
    }

    /** D13: explicit null for a field that cannot be cleared is 422, not the reference's 500. */
    void requireClearableNulls() {
        requireNotNull(List.of("first_name", "last_name", "is_active", "consent_status"), field -> switch (field) {
            case "first_name" -> firstName;
            case "last_name" -> lastName;
            case "is_active" -> isActive;
            default -> consentStatus;
        });
    }

    /** The protected fields that were sent, with their new plaintext (null = clear). */
    Map<ProtectedClientField, String> protectedChanges() {
        Map<ProtectedClientField, String> changes = new EnumMap<>(ProtectedClientField.class);
        for (ProtectedClientField field : ProtectedClientField.values()) {
            if (sent(field.apiName())) {
                changes.put(field, plaintextOf(field));
            }
        }
        return changes;
    }

    private String plaintextOf(ProtectedClientField field) {
        return switch (field) {
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case EMAIL -> email;
            case PHONE -> phone;
            case DATE_OF_BIRTH -> dateOfBirth == null ? null : dateOfBirth.toString();
            case ADDRESS -> address;
            case MEDICAL_HISTORY -> medicalHistory;
            case EMERGENCY_CONTACT_NAME -> emergencyContactName;
            case EMERGENCY_CONTACT_PHONE -> emergencyContactPhone;
            case NOTES -> notes;
            case TAGS -> tags == null ? null : ClientTags.toPlaintext(tags);
        };
    }

    Boolean consentStatus() {
        return consentStatus;
    }

    Boolean isActive() {
        return isActive;
    }
}
