package com.pazpaz.command.series;

import com.pazpaz.command.appointment.ConflictingAppointment;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import java.time.Instant;
import java.util.List;

/** Occurrences of a series collide with appointments that hold their time: 409 listing each collision. */
class SeriesConflictException extends BusinessRuleViolation {

    private final transient List<Collision> collisions;

    SeriesConflictException(List<Collision> collisions) {
        super(
                Kind.CONFLICT,
                collisions.size() + " occurrence(s) of the series conflict with existing appointments;"
                        + " book with \"conflicts\": \"skip\" to book the others");
        this.collisions = List.copyOf(collisions);
    }

    List<Collision> collisions() {
        return collisions;
    }

    /** One occurrence that cannot be booked, and the appointments in its way. */
    record Collision(
            Instant scheduledStart, Instant scheduledEnd, List<ConflictingAppointment> conflictingAppointments) {}
}
