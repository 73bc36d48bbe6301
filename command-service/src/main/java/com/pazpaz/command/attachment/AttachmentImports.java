package com.pazpaz.command.attachment;

import com.pazpaz.command.attachment.AttachmentUploads.Uploader;
import com.pazpaz.command.attachment.file.FileNames;
import com.pazpaz.command.attachment.file.InspectedFile;
import com.pazpaz.command.attachment.file.ValidatedFile;
import com.pazpaz.infra.blob.BlobStore;
import com.pazpaz.kernel.attachment.UploadAttachmentCommand;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Files moved from another system (the importer, docs/import.md): the same path as an upload, with the file's own
 * id and time. The file is checked as an upload is (type from the bytes, size, content, malware) but not sanitised
 * again: the reference stored it sanitised, and a PDF saved once more would no longer be the same bytes. The note's,
 * the client's and the practice's limits apply; the limits are checked again under the practice's lock when the
 * command is recorded ({@link AttachmentLedger}).
 */
@Component
public class AttachmentImports {

    private final AttachmentUploads uploads;
    private final AttachmentOwners owners;
    private final LedgerQueries ledger;
    private final BlobStore blobs;

    AttachmentImports(AttachmentUploads uploads, AttachmentOwners owners, LedgerQueries ledger, BlobStore blobs) {
        this.uploads = uploads;
        this.owners = owners;
        this.ledger = ledger;
        this.blobs = blobs;
    }

    /**
     * A file to import. {@code sessionId} is null for a client's own file.
     *
     * @param fileName the stored display name (made safe again here, R-ATT-4)
     */
    public record ImportedFile(
            AttachmentId id,
            WorkspaceId workspaceId,
            ClientId clientId,
            SessionId sessionId,
            String fileName,
            byte[] content,
            UserId uploadedBy,
            Instant uploadedAt) {}

    /**
     * Checks the file and its limits, encrypts it and writes it to the blob store, and answers the command that
     * records it (to be sent by the caller, in whose transaction it must commit). A blob an interrupted earlier
     * attempt left under the file's key, without any record of it, is replaced.
     *
     * @throws BusinessRuleViolation               a rule of this system refuses the file (the rule's message)
     * @throws com.pazpaz.kernel.common.RecordNotFoundException its note or client is not in the practice
     */
    public UploadAttachmentCommand encryptedAndStored(ImportedFile file) {
        if (file.sessionId() != null) {
            ClientId noteClient = owners.clientOfNote(file.sessionId(), file.workspaceId());
            if (!noteClient.equals(file.clientId())) {
                throw new BusinessRuleViolation(Kind.INVALID, "Attachment does not belong to this session's client");
            }
            StorageLimits.requireRoomInSession(ledger.sessionTotal(file.sessionId()), file.content().length);
        } else {
            owners.requireClient(file.clientId(), file.workspaceId());
        }
        ValidatedFile valid = uploads.validated(file.fileName(), file.content());
        StorageLimits.requireRoomForClient(ledger.clientTotal(file.clientId()), file.content().length);
        InspectedFile stored = new InspectedFile(
                FileNames.sanitize(file.fileName()), valid.mimeType(), valid.extension(), file.content());
        if (ledger.exists(file.id())) {
            throw new BusinessRuleViolation(Kind.CONFLICT, "An attachment with this id already exists");
        }
        // no record names this id: anything under its key is what an interrupted attempt wrote
        blobs.delete(BlobKeys.of(file.workspaceId(), file.clientId(), file.sessionId(), file.id(), valid.extension()));
        Uploader uploader = new Uploader(file.workspaceId(), file.uploadedBy());
        return uploads.encryptedAndStored(
                uploader, file.clientId(), file.sessionId(), file.id(), stored, file.uploadedAt());
    }

    /** After a failed send: the blob of a file that was not recorded is removed. */
    public void discardUnrecorded(UploadAttachmentCommand command) {
        uploads.discardUnrecorded(command);
    }
}
