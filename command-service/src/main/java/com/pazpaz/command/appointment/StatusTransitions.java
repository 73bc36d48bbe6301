package com.pazpaz.command.appointment;

import static com.pazpaz.kernel.appointment.AppointmentStatus.CANCELLED;
import static com.pazpaz.kernel.appointment.AppointmentStatus.COMPLETED;
import static com.pazpaz.kernel.appointment.AppointmentStatus.SCHEDULED;

import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;

/** The status transitions of R-APT-5; the blocked ones are answered 400 with the reference's messages. */
final class StatusTransitions {

    private StatusTransitions() {}

    static void require(AppointmentStatus from, AppointmentStatus to, boolean hasActiveSessionNote) {
        if (from == COMPLETED && to == SCHEDULED) {
            throw new BusinessRuleViolation(
                    Kind.BAD_REQUEST,
                    "Cannot change completed appointment back to " + "scheduled. This prevents data integrity issues.");
        }
        if (from == COMPLETED && to == CANCELLED && hasActiveSessionNote) {
            throw new BusinessRuleViolation(
                    Kind.BAD_REQUEST,
                    "Cannot cancel completed appointment with existing "
                            + "session note. Delete the session note first to maintain data integrity.");
        }
    }
}
