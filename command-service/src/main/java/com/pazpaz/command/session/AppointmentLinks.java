package com.pazpaz.command.session;

import com.pazpaz.kernel.appointment.AppointmentEncryption;
import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.command.appointment.AppointmentCalendar;
import com.pazpaz.command.appointment.LinkedSessionNotes;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.CompleteAppointmentCommand;
import com.pazpaz.kernel.appointment.SessionNoteAction;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.session.DeleteSessionCommand;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where notes and appointments meet, decided in the same transaction as the events that cause it:
 * a note may only name an appointment of its workspace (D9); creating a note completes a scheduled appointment
 * (R-SES-3); deleting an appointment soft-deletes or unlinks its notes (R-APD-1..6); and the appointment rules
 * learn about linked notes (R-APT-5, R-APD-2).
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class AppointmentLinks implements AppointmentLookup, LinkedSessionNotes {

    private final AppointmentCalendar calendar;
    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final SessionFieldEncryptor sessionFields;
    private final CommandGateway commands;

    AppointmentLinks(AppointmentCalendar calendar, JdbcTemplate jdbc, FieldCipher cipher,
                     SessionFieldEncryptor sessionFields, @Lazy CommandGateway commands) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.sessionFields = sessionFields;
        this.commands = commands;
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
        Integer most = jdbc.queryForObject("SELECT coalesce(max(amendment_count), 0) FROM command_model.session_directory"
                + " WHERE appointment_id = ? AND NOT is_deleted", Integer.class, appointmentId.value());
        return most == null ? 0 : most;
    }

    /** R-SES-3: a note for a scheduled appointment completes it (the appointment ignores other statuses). */
    @EventHandler
    void on(SessionDraftCreatedEvent event) {
        if (event.appointmentId() != null) {
            commands.sendAndWait(new CompleteAppointmentCommand(AppointmentId.of(event.appointmentId()),
                    event.workspaceId(), event.createdAt()));
        }
    }

    /** R-APD-2/3: "delete" soft-deletes the linked live notes with the given reason; every link is dropped. */
    @EventHandler
    void on(AppointmentDeletedEvent event, @MetaDataValue(MetadataKeys.USER_ID) String actor) {
        if (event.sessionNoteAction() == SessionNoteAction.DELETE) {
            String reason = cipher.decrypt(event.deletionReason(), new FieldBinding(AppointmentEncryption.TABLE,
                    event.appointmentId().value(), AppointmentEncryption.DELETION_REASON_COLUMN,
                    AppointmentEncryption.keyOwner(event.clientId())));
            for (LinkedNote note : activeNotes(event.appointmentId())) {
                EncryptedValue sealed = reason == null ? null
                        : sessionFields.deletionReason(note.sessionId(), note.clientId(), reason);
                commands.sendAndWait(new DeleteSessionCommand(note.sessionId(), event.workspaceId(),
                        UserId.of(actor), sealed, event.deletedAt(), null));
            }
        }
        jdbc.update("UPDATE command_model.session_directory SET appointment_id = NULL WHERE appointment_id = ?",
                event.appointmentId().value());
    }

    private List<LinkedNote> activeNotes(AppointmentId appointmentId) {
        return jdbc.query("SELECT session_id, client_id FROM command_model.session_directory"
                        + " WHERE appointment_id = ? AND NOT is_deleted ORDER BY session_id",
                (rs, n) -> new LinkedNote(SessionId.of(rs.getObject(1, UUID.class)),
                        ClientId.of(rs.getObject(2, UUID.class))), appointmentId.value());
    }

    private record LinkedNote(SessionId sessionId, ClientId clientId) {
    }
}
