package com.pazpaz.command.appointment;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * The calendar refused a time: a blocking appointment holds part of it, or (the exclusion constraint) another
 * request claimed it first, possibly on another command-service instance. Answered 409 with the conflicts.
 */
class SlotTakenException extends BusinessRuleViolation {

    private final transient WorkspaceId workspaceId;
    private final transient Instant start;
    private final transient Instant end;
    private final transient AppointmentId appointmentId;

    SlotTakenException(
            String message, WorkspaceId workspaceId, Instant start, Instant end, AppointmentId appointmentId) {
        super(Kind.CONFLICT, message);
        this.workspaceId = workspaceId;
        this.start = start;
        this.end = end;
        this.appointmentId = appointmentId;
    }

    /** The appointments holding the requested time now (read after the refused transaction rolled back). */
    List<ConflictingAppointment> conflictsIn(AppointmentCalendar calendar) {
        return calendar.conflicts(workspaceId, start, end, appointmentId);
    }
}
