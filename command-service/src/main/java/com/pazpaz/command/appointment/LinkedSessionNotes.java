package com.pazpaz.command.appointment;

import com.pazpaz.kernel.ids.AppointmentId;

/**
 * What the appointment rules need to know about the session notes linked to an appointment (R-APT-5, R-APD-2).
 * The sessions feature implements it; until it exists, {@link #NONE} answers "no notes".
 */
public interface LinkedSessionNotes {

    LinkedSessionNotes NONE = new LinkedSessionNotes() {
        @Override
        public boolean hasActiveNote(AppointmentId appointmentId) {
            return false;
        }

        @Override
        public int amendmentsOfActiveNotes(AppointmentId appointmentId) {
            return 0;
        }
    };

    /** Whether a non-deleted session note links to the appointment. */
    boolean hasActiveNote(AppointmentId appointmentId);

    /** The highest amendment count among the linked non-deleted notes; 0 when none was amended. */
    int amendmentsOfActiveNotes(AppointmentId appointmentId);
}
