package com.pazpaz.command.appointment;

import com.pazpaz.command.appointment.StoredAppointmentFields.Fields;
import com.pazpaz.kernel.appointment.AppointmentRevision;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Turns a PUT body into an {@link AppointmentRevision} with ciphertext. A free-text field re-sent unchanged is
 * treated as not sent (so it is no edit, R-APT-7); when the client changes, the fields are re-encrypted for the
 * new client's key even if the body did not send them.
 */
@Component
class RevisionEncryption {

    private final AppointmentFieldCipher cipher;

    RevisionEncryption(AppointmentFieldCipher cipher) {
        this.cipher = cipher;
    }

    AppointmentRevision revision(AppointmentId id, Fields stored, ReviseAppointmentRequest request) {
        ClientId newClient = request.clientId() != null ? ClientId.of(request.clientId()) : stored.clientId();
        boolean clientChanged = !newClient.equals(stored.clientId());
        Field details = field(
                id,
                stored,
                newClient,
                clientChanged,
                AppointmentFieldCipher.LOCATION_DETAILS,
                stored.locationDetails(),
                request.sent(AppointmentFieldCipher.LOCATION_DETAILS),
                request.locationDetails());
        Field notes = field(
                id,
                stored,
                newClient,
                clientChanged,
                AppointmentFieldCipher.NOTES,
                stored.notes(),
                request.sent(AppointmentFieldCipher.NOTES),
                request.notes());
        return new AppointmentRevision(
                clientChanged ? newClient : null,
                request.scheduledStart(),
                request.scheduledEnd(),
                request.locationType(),
                details.sent(),
                details.value(),
                notes.sent(),
                notes.value(),
                request.status());
    }

    private Field field(
            AppointmentId id,
            Fields stored,
            ClientId newClient,
            boolean clientChanged,
            String column,
            EncryptedValue current,
            boolean sent,
            String plaintext) {
        String currentPlaintext = cipher.decrypt(id, stored.clientId(), column, current);
        String wanted = sent ? plaintext : currentPlaintext;
        if (!clientChanged && Objects.equals(wanted, currentPlaintext)) {
            return new Field(false, null);
        }
        return new Field(true, cipher.encrypt(id, newClient, column, wanted));
    }

    private record Field(boolean sent, EncryptedValue value) {}
}
