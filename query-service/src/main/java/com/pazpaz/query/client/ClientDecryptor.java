package com.pazpaz.query.client;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.crypto.KeyDestroyedException;
import com.pazpaz.kernel.client.ClientEncryption;
import com.pazpaz.kernel.client.ClientTags;
import com.pazpaz.kernel.client.ProtectedClientField;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns a row of ciphertext into the view a caller is entitled to see. A row whose data key was destroyed
 * (the client was erased) becomes the erased marker, never an error.
 */
@Component
class ClientDecryptor {

    private final FieldCipher cipher;

    ClientDecryptor(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** Fetches the keys of these rows that are not cached yet in one look-up, before they are decrypted one by one. */
    void prefetchKeys(Collection<ClientRow> rows) {
        cipher.prefetchKeys(rows.stream().map(ClientRow::firstName).toList());
    }

    /** The views of a page of rows, in their order, their keys fetched in one look-up. */
    List<ClientView> views(List<ClientRow> rows, Map<UUID, AppointmentSummary> summaries) {
        prefetchKeys(rows);
        return rows.stream()
                .map(row -> view(row, summaries.getOrDefault(row.getId(), AppointmentSummary.NONE)))
                .toList();
    }

    /** Likewise for rows of the client list. */
    void prefetchListKeys(Collection<ClientListRows.StoredNames> rows) {
        cipher.prefetchKeys(
                rows.stream().map(ClientListRows.StoredNames::firstName).toList());
    }

    /** A client's place in the list: its decrypted names, or none once its keys are destroyed (erased). */
    ClientOrder.Entry listEntry(ClientListRows.StoredNames stored) {
        try {
            return new ClientOrder.Entry(
                    stored.id(),
                    stored.stamp(),
                    stored.changedAt(),
                    stored.active(),
                    decrypt(stored.id(), ProtectedClientField.FIRST_NAME, stored.firstName()),
                    decrypt(stored.id(), ProtectedClientField.LAST_NAME, stored.lastName()));
        } catch (KeyDestroyedException e) {
            return ClientOrder.Entry.erased(stored.id(), stored.stamp(), stored.changedAt(), stored.active());
        }
    }

    /** A client's decrypted name, for the other read models that show who a record is about. */
    ClientNames.ClientName name(ClientRow row) {
        return new ClientNames.ClientName(
                row.getId(),
                decrypt(row, ProtectedClientField.FIRST_NAME, row.firstName()),
                decrypt(row, ProtectedClientField.LAST_NAME, row.lastName()));
    }

    ClientView view(ClientRow row, AppointmentSummary appointments) {
        try {
            return decryptedView(row, appointments);
        } catch (KeyDestroyedException e) {
            return erasedView(row, appointments);
        }
    }

    private static ClientView erasedView(ClientRow row, AppointmentSummary appointments) {
        return ClientView.erased(
                row.getId(),
                row.workspaceId(),
                row.isActive(),
                row.consentStatus(),
                row.createdAt(),
                row.updatedAt(),
                appointments.nextAppointment(),
                appointments.lastAppointment(),
                appointments.count());
    }

    private ClientView decryptedView(ClientRow row, AppointmentSummary appointments) {
        String first = decrypt(row, ProtectedClientField.FIRST_NAME, row.firstName());
        String last = decrypt(row, ProtectedClientField.LAST_NAME, row.lastName());
        String dateOfBirth = decrypt(row, ProtectedClientField.DATE_OF_BIRTH, row.dateOfBirth());
        return new ClientView(
                row.getId(),
                row.workspaceId(),
                first,
                last,
                first + " " + last,
                decrypt(row, ProtectedClientField.EMAIL, row.email()),
                decrypt(row, ProtectedClientField.PHONE, row.phone()),
                dateOfBirth == null ? null : LocalDate.parse(dateOfBirth),
                decrypt(row, ProtectedClientField.ADDRESS, row.address()),
                decrypt(row, ProtectedClientField.MEDICAL_HISTORY, row.medicalHistory()),
                decrypt(row, ProtectedClientField.EMERGENCY_CONTACT_NAME, row.emergencyContactName()),
                decrypt(row, ProtectedClientField.EMERGENCY_CONTACT_PHONE, row.emergencyContactPhone()),
                row.isActive(),
                row.consentStatus(),
                decrypt(row, ProtectedClientField.NOTES, row.notes()),
                tags(row),
                row.createdAt(),
                row.updatedAt(),
                appointments.nextAppointment(),
                appointments.lastAppointment(),
                appointments.count(),
                false);
    }

    /** The encrypted tags; or, for a client whose tags were last set before they were encrypted, the plaintext ones. */
    private List<String> tags(ClientRow row) {
        if (row.tagsEncrypted() != null) {
            return ClientTags.fromPlaintext(decrypt(row, ProtectedClientField.TAGS, row.tagsEncrypted()));
        }
        return row.legacyTags() == null ? null : Arrays.asList(row.legacyTags());
    }

    private String decrypt(ClientRow row, ProtectedClientField field, EncryptedValue value) {
        return decrypt(row.getId(), field, value);
    }

    private String decrypt(UUID id, ProtectedClientField field, EncryptedValue value) {
        return cipher.decrypt(
                value,
                new FieldBinding(
                        ClientEncryption.TABLE, id, field.column(), ClientEncryption.keyOwner(ClientId.of(id))));
    }
}
