package com.pazpaz.command.appointment;

import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The appointment's current client and encrypted fields, folded from its events. An edit needs them to tell a
 * re-sent unchanged note from a real change (R-APT-7 compares values, and ciphertext never repeats), and to
 * re-encrypt the fields for a new client when the client changes (R-APT-8).
 */
@Component
class StoredAppointmentFields {

    private final EventStore eventStore;

    StoredAppointmentFields(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<Fields> current(AppointmentId appointmentId) {
        Fields[] current = {null};
        eventStore.readEvents(appointmentId.toString()).asStream().forEach(message -> {
            if (message.getPayload() instanceof AppointmentScheduledEvent scheduled) {
                current[0] = new Fields(scheduled.clientId(), scheduled.locationDetails(), scheduled.notes());
            } else if (message.getPayload() instanceof AppointmentDetailsEditedEvent edited) {
                current[0] = new Fields(edited.clientId(), edited.locationDetails(), edited.notes());
            }
        });
        return Optional.ofNullable(current[0]);
    }

    /** What an appointment holds now: its client and the ciphertext of its free-text fields. */
    record Fields(ClientId clientId, EncryptedValue locationDetails, EncryptedValue notes) {}
}
