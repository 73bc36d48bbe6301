package com.pazpaz.kernel.series;

import com.pazpaz.kernel.ids.AppointmentId;
import java.time.Instant;
import java.util.Objects;

/** One booked occurrence of a series: the ordinary appointment that holds it, and its time. */
public record SeriesOccurrence(AppointmentId appointmentId, Instant scheduledStart, Instant scheduledEnd) {

    public SeriesOccurrence {
        Objects.requireNonNull(appointmentId, "appointment id");
        Objects.requireNonNull(scheduledStart, "scheduled start");
        Objects.requireNonNull(scheduledEnd, "scheduled end");
    }
}
