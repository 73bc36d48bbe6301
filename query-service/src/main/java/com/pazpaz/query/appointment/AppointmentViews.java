package com.pazpaz.query.appointment;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.appointment.AppointmentEncryption;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.query.client.ClientNames;
import com.pazpaz.query.client.ClientNames.ClientName;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns rows into views: decrypts the free-text fields and adds the clients' names, one lookup per page. */
@Component
class AppointmentViews {

    private final FieldCipher cipher;
    private final ClientNames clientNames;

    AppointmentViews(FieldCipher cipher, ClientNames clientNames) {
        this.cipher = cipher;
        this.clientNames = clientNames;
    }

    List<AppointmentView> of(UUID workspaceId, List<AppointmentRow> rows) {
        Map<UUID, ClientName> names = names(workspaceId, rows);
        return rows.stream().map(row -> view(row, names.get(row.clientId()))).toList();
    }

    List<ConflictCheck.Conflict> conflicts(UUID workspaceId, List<AppointmentRow> rows) {
        Map<UUID, ClientName> names = names(workspaceId, rows);
        return rows.stream()
                .map(row -> new ConflictCheck.Conflict(
                        row.getId(),
                        row.scheduledStart(),
                        row.scheduledEnd(),
                        names.containsKey(row.clientId())
                                ? names.get(row.clientId()).initials()
                                : "?",
                        row.locationType(),
                        row.status()))
                .toList();
    }

    private Map<UUID, ClientName> names(UUID workspaceId, List<AppointmentRow> rows) {
        return clientNames.of(
                workspaceId,
                rows.stream().map(AppointmentRow::clientId).distinct().toList());
    }

    private AppointmentView view(AppointmentRow row, ClientName name) {
        AppointmentView.ClientSummary client = name == null
                ? null
                : new AppointmentView.ClientSummary(name.id(), name.firstName(), name.lastName(), name.fullName());
        return new AppointmentView(
                row.getId(),
                row.workspaceId(),
                row.clientId(),
                row.scheduledStart(),
                row.scheduledEnd(),
                row.locationType(),
                decrypt(row, AppointmentEncryption.LOCATION_DETAILS_COLUMN, row.locationDetails()),
                row.status(),
                decrypt(row, AppointmentEncryption.NOTES_COLUMN, row.notes()),
                row.createdAt(),
                row.updatedAt(),
                row.editedAt(),
                row.editCount(),
                row.serviceId(),
                client);
    }

    private String decrypt(AppointmentRow row, String column, EncryptedValue value) {
        return cipher.decrypt(
                value,
                new FieldBinding(
                        AppointmentEncryption.TABLE,
                        row.getId(),
                        column,
                        AppointmentEncryption.keyOwner(ClientId.of(row.clientId()))));
    }
}
