package com.pazpaz.command.appointment;

import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.kernel.appointment.AppointmentEncryption;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import org.springframework.stereotype.Component;

/**
 * Encrypts an appointment's free-text fields ({@code notes}, {@code location_details}) for their column of the
 * {@code appointments} table, with the data key of the appointment's client (docs/decisions.md #10).
 */
@Component
public class AppointmentFieldCipher {

    public static final String NOTES = AppointmentEncryption.NOTES_COLUMN;
    public static final String LOCATION_DETAILS = AppointmentEncryption.LOCATION_DETAILS_COLUMN;
    public static final String DELETION_REASON = AppointmentEncryption.DELETION_REASON_COLUMN;

    private final FieldCipher cipher;

    AppointmentFieldCipher(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public EncryptedValue encrypt(AppointmentId appointmentId, ClientId clientId, String column, String plaintext) {
        return cipher.encrypt(plaintext, binding(appointmentId, clientId, column));
    }

    String decrypt(AppointmentId appointmentId, ClientId clientId, String column, EncryptedValue value) {
        return cipher.decrypt(value, binding(appointmentId, clientId, column));
    }

    private static FieldBinding binding(AppointmentId appointmentId, ClientId clientId, String column) {
        return new FieldBinding(
                AppointmentEncryption.TABLE, appointmentId.value(), column, AppointmentEncryption.keyOwner(clientId));
    }
}
