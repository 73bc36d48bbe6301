package com.pazpaz.command.session;

import com.pazpaz.command.appointment.AppointmentCalendar;
import com.pazpaz.command.appointment.LinkedSessionNotes;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lookup between notes and appointments, read from the command side's own tables: a note may only name an
 * appointment of its workspace (D9), and the appointment rules learn about linked notes (R-APT-5, R-APD-2) from
 * {@code session_directory}. What the links do when an appointment changes is {@link AppointmentNotesPolicy}.
 */
@Component
class AppointmentNoteLinks implements AppointmentLookup, LinkedSessionNotes {

    private final AppointmentCalendar calendar;
    private final JdbcTemplate jdbc;

    AppointmentNoteLinks(AppointmentCalendar calendar, JdbcTemplate jdbc) {
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @Override
    public boolean existsInWorkspace(UUID appointmentId, WorkspaceId workspaceId) {
        return calendar.exists(workspaceId, AppointmentId.of(appointmentId));
    }

    @Override
    public boolean hasActiveNote(AppointmentId appointmentId) {
        return !activeNotes(appointmentId).isEmpty();
    }

    @Override
    public int amendmentsOfActiveNotes(AppointmentId appointmentId) {
        Integer most = jdbc.queryForObject(
                "SELECT coalesce(max(amendment_count), 0) FROM command_model.session_directory"
                        + " WHERE appointment_id = ? AND NOT is_deleted",
                Integer.class,
                appointmentId.value());
        return most == null ? 0 : most;
    }

    /** The non-deleted notes linked to the appointment, in a stable order. */
    List<LinkedNote> activeNotes(AppointmentId appointmentId) {
        return jdbc.query(
                "SELECT session_id, client_id FROM command_model.session_directory"
                        + " WHERE appointment_id = ? AND NOT is_deleted ORDER BY session_id",
                (rs, n) -> new LinkedNote(
                        SessionId.of(rs.getObject(1, UUID.class)), ClientId.of(rs.getObject(2, UUID.class))),
                appointmentId.value());
    }

    /** Drops every note's link to the appointment (its notes stay, deleted or not). */
    void unlinkAll(AppointmentId appointmentId) {
        jdbc.update(
                "UPDATE command_model.session_directory SET appointment_id = NULL WHERE appointment_id = ?",
                appointmentId.value());
    }

    /** A note linked to an appointment, with the client whose key encrypts it. */
    record LinkedNote(SessionId sessionId, ClientId clientId) {}
}
