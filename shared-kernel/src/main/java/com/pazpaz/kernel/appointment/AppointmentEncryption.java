package com.pazpaz.kernel.appointment;

import com.pazpaz.kernel.ids.ClientId;
import java.util.UUID;

/**
 * Where an appointment's ciphertexts are bound and whose key encrypts them, for both services: its free-text
 * fields to their column of the appointment's {@code appointments} row, under its client's data key (erasing the
 * client makes them unreadable with the rest of the client's data, docs/decisions.md #10).
 */
public final class AppointmentEncryption {

    public static final String TABLE = "appointments";
    public static final String NOTES_COLUMN = "notes";
    public static final String LOCATION_DETAILS_COLUMN = "location_details";
    /** Not a read-table column: why an appointment was deleted travels in the event, bound to its row. */
    public static final String DELETION_REASON_COLUMN = "deletion_reason";

    private AppointmentEncryption() {}

    /** The record whose data key encrypts an appointment's fields: its client. */
    public static UUID keyOwner(ClientId clientId) {
        return clientId.value();
    }
}
