package com.pazpaz.command.attachment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.pazpaz.kernel.attachment.AttachmentDeletedEvent;
import com.pazpaz.kernel.attachment.AttachmentPlace;
import com.pazpaz.kernel.attachment.AttachmentPurgedEvent;
import com.pazpaz.kernel.attachment.AttachmentRenamedEvent;
import com.pazpaz.kernel.attachment.AttachmentUploadedEvent;
import com.pazpaz.kernel.attachment.DeleteAttachmentCommand;
import com.pazpaz.kernel.attachment.PurgeAttachmentCommand;
import com.pazpaz.kernel.attachment.RenameAttachmentCommand;
import com.pazpaz.kernel.attachment.UploadAttachmentCommand;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One file of a note or a client. Its set rules (the note's, the client's and the practice's limits, unique
 * names per client) need every file of the practice and are held by the {@link AttachmentLedger} in the same
 * transaction; the aggregate holds what concerns the file alone: where it may be found, and that a deleted
 * file stays deleted.
 */
@Aggregate
class Attachment {

    static final String NOT_FOUND = "Attachment not found";

    @AggregateIdentifier
    private AttachmentId attachmentId;

    private WorkspaceId workspaceId;
    private ClientId clientId;
    private SessionId sessionId;
    private long sizeBytes;
    private String blobKey;
    private boolean deleted;

    Attachment() {
        // for Axon
    }

    @CommandHandler
    Attachment(UploadAttachmentCommand command) {
        apply(new AttachmentUploadedEvent(
                command.attachmentId(),
                command.workspaceId(),
                command.clientId(),
                command.sessionId(),
                command.fileName(),
                command.fileType(),
                command.fileSizeBytes(),
                command.blobKey(),
                command.uploadedBy(),
                command.uploadedAt()));
    }

    @CommandHandler
    void handle(RenameAttachmentCommand command) {
        requireFoundAt(command.workspaceId(), command.place());
        apply(new AttachmentRenamedEvent(
                attachmentId, workspaceId, clientId, sessionId, command.fileName(), command.renamedAt()));
    }

    @CommandHandler
    void handle(DeleteAttachmentCommand command) {
        requireFoundAt(command.workspaceId(), command.place());
        apply(new AttachmentDeletedEvent(
                attachmentId, workspaceId, clientId, sessionId, sizeBytes, command.deletedAt()));
    }

    /** Deleted files are purged too: their contents are still in the blob store until now. */
    @CommandHandler
    void handle(PurgeAttachmentCommand command) {
        if (!workspaceId.equals(command.workspaceId())) {
            throw new RecordNotFoundException(NOT_FOUND);
        }
        apply(new AttachmentPurgedEvent(
                attachmentId, workspaceId, clientId, sessionId, deleted ? 0 : sizeBytes, blobKey, command.purgedAt()));
    }

    private void requireFoundAt(WorkspaceId caller, AttachmentPlace place) {
        if (!workspaceId.equals(caller) || deleted || !place.holds(clientId, sessionId)) {
            throw new RecordNotFoundException(NOT_FOUND);
        }
    }

    @EventSourcingHandler
    void on(AttachmentUploadedEvent event) {
        attachmentId = event.attachmentId();
        workspaceId = event.workspaceId();
        clientId = event.clientId();
        sessionId = event.sessionId();
        sizeBytes = event.fileSizeBytes();
        blobKey = event.blobKey();
    }

    @EventSourcingHandler
    void on(AttachmentDeletedEvent event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(AttachmentPurgedEvent event) {
        markDeleted();
    }
}
