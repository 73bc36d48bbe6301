package com.pazpaz.query.client;

import java.time.Instant;

/**
 * A client's appointments in brief (R-CLI-3): the next scheduled one after now, the latest completed one,
 * and how many there are in any status.
 */
record AppointmentSummary(Instant nextAppointment, Instant lastAppointment, long count) {

    static final AppointmentSummary NONE = new AppointmentSummary(null, null, 0);
}
