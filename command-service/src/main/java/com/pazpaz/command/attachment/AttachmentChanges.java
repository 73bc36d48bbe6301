package com.pazpaz.command.attachment;

import com.pazpaz.command.attachment.file.FileNames;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.attachment.AttachmentPlace;
import com.pazpaz.kernel.attachment.DeleteAttachmentCommand;
import com.pazpaz.kernel.attachment.RenameAttachmentCommand;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Rename (R-ATT-6) and delete (R-ATT-7) of a file found at a place; same rules under notes and clients. */
@Component
class AttachmentChanges {

    private final LedgerQueries ledger;
    private final AttachmentCipher cipher;
    private final RecordCommandGateway commands;
    private final Clock clock;

    AttachmentChanges(LedgerQueries ledger, AttachmentCipher cipher, RecordCommandGateway commands, Clock clock) {
        this.ledger = ledger;
        this.cipher = cipher;
        this.commands = commands;
        this.clock = clock;
    }

    /** The new name keeps the file's extension; a name another live file of the client has is refused (409). */
    CommandResponse rename(
            WorkspaceId workspaceId,
            AttachmentPlace place,
            AttachmentId attachmentId,
            String requestedName,
            Long expectedVersion) {
        LedgerEntry file = liveAt(workspaceId, place, attachmentId);
        String newName = FileNames.forRename(requestedName, cipher.nameOf(file));
        return commands.send(
                new RenameAttachmentCommand(
                        attachmentId,
                        workspaceId,
                        place,
                        cipher.encryptName(newName, attachmentId, file.keyOwner()),
                        clock.instant(),
                        expectedVersion),
                attachmentId);
    }

    CommandResponse delete(
            WorkspaceId workspaceId, AttachmentPlace place, AttachmentId attachmentId, Long expectedVersion) {
        liveAt(workspaceId, place, attachmentId);
        return commands.send(
                new DeleteAttachmentCommand(attachmentId, workspaceId, place, clock.instant(), expectedVersion),
                attachmentId);
    }

    private LedgerEntry liveAt(WorkspaceId workspaceId, AttachmentPlace place, AttachmentId attachmentId) {
        return ledger.findLive(attachmentId, workspaceId)
                .filter(file -> place.holds(file.clientId(), file.sessionId()))
                .orElseThrow(() -> new RecordNotFoundException(Attachment.NOT_FOUND));
    }
}
