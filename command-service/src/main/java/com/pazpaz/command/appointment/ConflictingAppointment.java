package com.pazpaz.command.appointment;

import com.pazpaz.kernel.appointment.AppointmentStatus;
import java.time.Instant;
import java.util.UUID;

/** One appointment that holds part of a requested time, as a 409 lists it (behaviour.md §1.5). */
public record ConflictingAppointment(UUID id, Instant scheduledStart, Instant scheduledEnd, AppointmentStatus status) {}
