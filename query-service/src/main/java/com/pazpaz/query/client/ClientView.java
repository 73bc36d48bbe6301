package com.pazpaz.query.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client as the API answers it (behaviour.md §1.4), decrypted. An erased client answers {@code erased: true}
 * with every protected field (and the full name) null: its keys are gone, so nothing else can be shown.
 */
record ClientView(
        UUID id,
        UUID workspaceId,
        String firstName,
        String lastName,
        String fullName,
        String email,
        String phone,
        LocalDate dateOfBirth,
        String address,
        String medicalHistory,
        String emergencyContactName,
        String emergencyContactPhone,
        boolean isActive,
        boolean consentStatus,
        String notes,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAppointment,
        Instant lastAppointment,
        long appointmentCount,
        boolean erased) {

    /** An erased client: only what is not protected (id, flags, times, appointments); the rest, tags too, null. */
    static ClientView erased(
            UUID id,
            UUID workspaceId,
            boolean isActive,
            boolean consentStatus,
            Instant createdAt,
            Instant updatedAt,
            Instant nextAppointment,
            Instant lastAppointment,
            long appointmentCount) {
        return new ClientView(
                id,
                workspaceId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                isActive,
                consentStatus,
                null,
                null,
                createdAt,
                updatedAt,
                nextAppointment,
                lastAppointment,
                appointmentCount,
                true);
    }
}
