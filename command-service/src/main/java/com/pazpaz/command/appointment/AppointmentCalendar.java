package com.pazpaz.command.appointment;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentDetailsEditedEvent;
import com.pazpaz.kernel.appointment.AppointmentRescheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentScheduledEvent;
import com.pazpaz.kernel.appointment.AppointmentStatus;
import com.pazpaz.kernel.appointment.AppointmentStatusChangedEvent;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command-side calendar ({@code command_model.appointment_slots}), written in the same transaction as the
 * appointment events. Its exclusion constraint refuses overlapping blocking slots in one workspace, so two
 * simultaneous bookings of one time cannot both commit, on one instance or many (docs/adr/0003).
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class AppointmentCalendar {

    static final String BOOKING_CONFLICT = "Appointment conflicts with existing appointments";
    static final String UPDATE_CONFLICT = "Updated time conflicts with existing appointments";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final JdbcTemplate jdbc;

    AppointmentCalendar(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the appointment exists in the workspace (for session notes that link to it, D9). */
    public boolean exists(WorkspaceId workspaceId, AppointmentId appointmentId) {
        Boolean found = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command_model.appointment_slots"
                        + " WHERE appointment_id = ? AND workspace_id = ?)",
                Boolean.class,
                appointmentId.value(),
                workspaceId.value());
        return Boolean.TRUE.equals(found);
    }

    /**
     * Blocking appointments of the workspace overlapping [start, end), except one (R-APT-1, R-APT-2). The range
     * condition lets PostgreSQL find them in the GiST index of blocking slots (migration V9) instead of walking
     * every earlier appointment of the practice; the plain comparisons keep the answer exactly what it was.
     */
    public List<ConflictingAppointment> conflicts(
            WorkspaceId workspaceId, Instant start, Instant end, AppointmentId except) {
        if (!end.isAfter(start)) {
            return conflictsByComparison(workspaceId, start, end, except);
        }
        return jdbc.query(
                "SELECT appointment_id, scheduled_start, scheduled_end, status"
                        + " FROM command_model.appointment_slots WHERE workspace_id = ? AND appointment_id <> ?"
                        + " AND status IN ('SCHEDULED', 'COMPLETED')"
                        + " AND tstzrange(scheduled_start, scheduled_end) && tstzrange(?, ?)"
                        + " AND scheduled_start < ? AND scheduled_end > ?"
                        + " ORDER BY scheduled_start, appointment_id",
                (rs, n) -> new ConflictingAppointment(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(),
                        AppointmentStatus.valueOf(rs.getString(4))),
                workspaceId.value(),
                except == null ? new UUID(0, 0) : except.value(),
                Timestamp.from(start),
                Timestamp.from(end),
                Timestamp.from(end),
                Timestamp.from(start));
    }

    /** The same question for an empty or inverted interval, which has no range (it is refused at the edge). */
    private List<ConflictingAppointment> conflictsByComparison(
            WorkspaceId workspaceId, Instant start, Instant end, AppointmentId except) {
        return jdbc.query(
                "SELECT appointment_id, scheduled_start, scheduled_end, status"
                        + " FROM command_model.appointment_slots WHERE workspace_id = ? AND appointment_id <> ?"
                        + " AND status IN ('SCHEDULED', 'COMPLETED') AND scheduled_start < ? AND scheduled_end > ?"
                        + " ORDER BY scheduled_start, appointment_id",
                (rs, n) -> new ConflictingAppointment(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(),
                        AppointmentStatus.valueOf(rs.getString(4))),
                workspaceId.value(),
                except == null ? new UUID(0, 0) : except.value(),
                Timestamp.from(end),
                Timestamp.from(start));
    }

    @EventHandler
    void on(AppointmentScheduledEvent event) {
        requireFree(
                BOOKING_CONFLICT,
                event.workspaceId(),
                event.scheduledStart(),
                event.scheduledEnd(),
                event.appointmentId());
        claim(
                new SlotTakenException(
                        BOOKING_CONFLICT,
                        event.workspaceId(),
                        event.scheduledStart(),
                        event.scheduledEnd(),
                        event.appointmentId()),
                "INSERT INTO command_model.appointment_slots (appointment_id, workspace_id, client_id,"
                        + " scheduled_start, scheduled_end, status, exclusive, service_id)"
                        + " VALUES (?, ?, ?, ?, ?, 'SCHEDULED', true, ?)",
                event.appointmentId().value(),
                event.workspaceId().value(),
                event.clientId().value(),
                Timestamp.from(event.scheduledStart()),
                Timestamp.from(event.scheduledEnd()),
                event.serviceId() == null ? null : event.serviceId().value());
    }

    /** "Keep Both" (overlap allowed) skips the check and claims nothing exclusively (R-APT-3). */
    @EventHandler
    void on(AppointmentRescheduledEvent event) {
        if (!event.overlapAllowed()) {
            requireFree(
                    UPDATE_CONFLICT,
                    event.workspaceId(),
                    event.scheduledStart(),
                    event.scheduledEnd(),
                    event.appointmentId());
        }
        claim(
                new SlotTakenException(
                        UPDATE_CONFLICT,
                        event.workspaceId(),
                        event.scheduledStart(),
                        event.scheduledEnd(),
                        event.appointmentId()),
                "UPDATE command_model.appointment_slots SET scheduled_start = ?, scheduled_end = ?,"
                        + " exclusive = ? WHERE appointment_id = ?",
                Timestamp.from(event.scheduledStart()),
                Timestamp.from(event.scheduledEnd()),
                !event.overlapAllowed(),
                event.appointmentId().value());
    }

    /**
     * A status change is not time-checked (R-APT-4), so an appointment that starts blocking again (restored
     * from cancelled or no-show) holds its time without claiming it exclusively.
     */
    @EventHandler
    void on(AppointmentStatusChangedEvent event) {
        boolean startsBlocking = event.to().blocksTime() && !event.from().blocksTime();
        jdbc.update(
                "UPDATE command_model.appointment_slots SET status = ?, exclusive = exclusive AND NOT ?"
                        + " WHERE appointment_id = ?",
                event.to().name(),
                startsBlocking,
                event.appointmentId().value());
    }

    @EventHandler
    void on(AppointmentDetailsEditedEvent event) {
        jdbc.update(
                "UPDATE command_model.appointment_slots SET client_id = ? WHERE appointment_id = ?",
                event.clientId().value(),
                event.appointmentId().value());
    }

    @EventHandler
    void on(AppointmentDeletedEvent event) {
        jdbc.update(
                "DELETE FROM command_model.appointment_slots WHERE appointment_id = ?",
                event.appointmentId().value());
    }

    /** Committed blocking appointments, exclusive or not ("Keep Both" ones too), refuse the time. */
    private void requireFree(
            String message, WorkspaceId workspaceId, Instant start, Instant end, AppointmentId appointmentId) {
        if (!conflicts(workspaceId, start, end, appointmentId).isEmpty()) {
            throw new SlotTakenException(message, workspaceId, start, end, appointmentId);
        }
    }

    /** Writes a slot; the exclusion constraint refuses it when a concurrent transaction claimed the time first. */
    private void claim(SlotTakenException taken, String sql, Object... arguments) {
        try {
            jdbc.update(sql, arguments);
        } catch (DataIntegrityViolationException e) {
            if (isExclusionViolation(e)) {
                throw taken;
            }
            throw e;
        }
    }

    private static boolean isExclusionViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
