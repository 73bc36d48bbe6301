package com.pazpaz.command.session;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.command.session.AppointmentNoteLinks.LinkedNote;
import com.pazpaz.infra.crypto.FieldBinding;
import com.pazpaz.infra.crypto.FieldCipher;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.appointment.AppointmentDeletedEvent;
import com.pazpaz.kernel.appointment.AppointmentEncryption;
import com.pazpaz.kernel.appointment.CompleteAppointmentCommand;
import com.pazpaz.kernel.appointment.SessionNoteAction;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AppointmentId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.session.DeleteSessionCommand;
import com.pazpaz.kernel.session.SessionDraftCreatedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What a note and its appointment do to each other, decided in the same transaction as the event that causes
 * it (a subscribing processor): creating a note completes a scheduled appointment (R-SES-3), and deleting an
 * appointment soft-deletes or unlinks its notes (R-APD-1..6).
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class AppointmentNotesPolicy {

    private final AppointmentNoteLinks links;
    private final FieldCipher cipher;
    private final SessionFieldEncryptor sessionFields;
    private final CommandGateway commands;

    AppointmentNotesPolicy(
            AppointmentNoteLinks links,
            FieldCipher cipher,
            SessionFieldEncryptor sessionFields,
            @Lazy CommandGateway commands) {
        this.links = links;
        this.cipher = cipher;
        this.sessionFields = sessionFields;
        this.commands = commands;
    }

    /** R-SES-3: a note for a scheduled appointment completes it (the appointment ignores other statuses). */
    @EventHandler
    void on(SessionDraftCreatedEvent event) {
        if (event.appointmentId() != null) {
            commands.sendAndWait(new CompleteAppointmentCommand(
                    AppointmentId.of(event.appointmentId()), event.workspaceId(), event.createdAt()));
        }
    }

    /** R-APD-2/3: "delete" soft-deletes the linked live notes with the given reason; every link is dropped. */
    @EventHandler
    void on(AppointmentDeletedEvent event, @MetaDataValue(MetadataKeys.USER_ID) String actor) {
        if (event.sessionNoteAction() == SessionNoteAction.DELETE) {
            String reason = cipher.decrypt(
                    event.deletionReason(),
                    new FieldBinding(
                            AppointmentEncryption.TABLE,
                            event.appointmentId().value(),
                            AppointmentEncryption.DELETION_REASON_COLUMN,
                            AppointmentEncryption.keyOwner(event.clientId())));
            for (LinkedNote note : links.activeNotes(event.appointmentId())) {
                EncryptedValue sealed =
                        reason == null ? null : sessionFields.deletionReason(note.sessionId(), note.clientId(), reason);
                commands.sendAndWait(new DeleteSessionCommand(
                        note.sessionId(), event.workspaceId(), UserId.of(actor), sealed, event.deletedAt(), null));
            }
        }
        links.unlinkAll(event.appointmentId());
    }
}
