package com.pazpaz.command.attachment;

import com.pazpaz.command.attachment.file.AttachmentRejectedException;
import com.pazpaz.command.attachment.file.InspectedFile;
import com.pazpaz.command.attachment.file.UploadInspector;
import com.pazpaz.command.attachment.file.ValidatedFile;
import com.pazpaz.command.common.RecordCommandGateway;
import com.pazpaz.infra.blob.BlobStore;
import com.pazpaz.infra.web.CommandResponse;
import com.pazpaz.kernel.attachment.AttachmentEncryption;
import com.pazpaz.kernel.attachment.UploadAttachmentCommand;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.common.BusinessRuleViolation.Kind;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The upload sequence of R-ATT-2 after the owner was found: limits and checks in the reference's order, then
 * the contents are encrypted and stored, and only then recorded, so no event ever names a missing blob. The
 * limits checked here are re-checked under the practice's lock when the event is stored ({@link AttachmentLedger}).
 */
@Component
class AttachmentUploads {

    private final UploadInspector inspector;
    private final LedgerQueries ledger;
    private final AttachmentCipher cipher;
    private final BlobStore blobs;
    private final RecordCommandGateway commands;
    private final Clock clock;

    AttachmentUploads(
            UploadInspector inspector,
            LedgerQueries ledger,
            AttachmentCipher cipher,
            BlobStore blobs,
            RecordCommandGateway commands,
            Clock clock) {
        this.inspector = inspector;
        this.ledger = ledger;
        this.cipher = cipher;
        this.blobs = blobs;
        this.commands = commands;
        this.clock = clock;
    }

    /** A note's file: the note's total is checked with the raw size before the file itself (steps 4–11). */
    UploadedAttachment toSession(
            Uploader uploader, SessionId sessionId, ClientId clientId, String filename, byte[] raw) {
        StorageLimits.requireRoomInSession(ledger.sessionTotal(sessionId), raw.length);
        InspectedFile file = sanitized(validated(filename, raw));
        return store(uploader, clientId, sessionId, file);
    }

    /** A client's own file: the file is checked before the client's total (behaviour.md §1.10). */
    UploadedAttachment toClient(Uploader uploader, ClientId clientId, String filename, byte[] raw) {
        ValidatedFile valid = validated(filename, raw);
        StorageLimits.requireRoomForClient(ledger.clientTotal(clientId), raw.length);
        return store(uploader, clientId, null, sanitized(valid));
    }

    private UploadedAttachment store(Uploader uploader, ClientId clientId, SessionId sessionId, InspectedFile file) {
        AttachmentId id = AttachmentId.of(UUID.randomUUID());
        UploadAttachmentCommand command = encryptedAndStored(uploader, clientId, sessionId, id, file, clock.instant());
        try {
            return new UploadedAttachment(commands.send(command, id), file);
        } catch (RuntimeException e) {
            discardUnrecorded(command);
            throw e;
        }
    }

    /**
     * The practice's quota checked, the contents encrypted and written to the blob store: the command that records
     * them, not sent yet. Imports (kept ids, the reference's times) share this with uploads.
     */
    UploadAttachmentCommand encryptedAndStored(
            Uploader uploader,
            ClientId clientId,
            SessionId sessionId,
            AttachmentId id,
            InspectedFile file,
            Instant uploadedAt) {
        StorageUsage usage = ledger.storage(uploader.workspaceId()).orElseThrow();
        StorageLimits.requireQuota(usage.usedBytes(), usage.quotaBytes(), file.content().length);
        UUID keyOwner = AttachmentEncryption.keyOwner(clientId, sessionId);
        String blobKey = BlobKeys.of(uploader.workspaceId(), clientId, sessionId, id, file.extension());
        UploadAttachmentCommand command = new UploadAttachmentCommand(
                id,
                uploader.workspaceId(),
                clientId,
                sessionId,
                cipher.encryptName(file.displayName(), id, keyOwner),
                file.mimeType(),
                file.content().length,
                blobKey,
                uploader.userId(),
                uploadedAt);
        blobs.put(blobKey, cipher.encryptContent(file.content(), id, keyOwner));
        return command;
    }

    /** Removes the blob of a command that was not recorded (no event may name a missing blob, nor a blob be left). */
    void discardUnrecorded(UploadAttachmentCommand command) {
        if (!ledger.exists(command.attachmentId())) {
            blobs.delete(command.blobKey());
        }
    }

    ValidatedFile validated(String filename, byte[] raw) {
        try {
            return inspector.validate(filename, raw);
        } catch (AttachmentRejectedException e) {
            throw refusal(e);
        }
    }

    private InspectedFile sanitized(ValidatedFile file) {
        try {
            return inspector.sanitize(file);
        } catch (AttachmentRejectedException e) {
            throw refusal(e);
        }
    }

    static BusinessRuleViolation refusal(AttachmentRejectedException e) {
        Kind kind = switch (e.reason()) {
            case TOO_LARGE -> Kind.TOO_LARGE;
            case UNSUPPORTED_TYPE -> Kind.UNSUPPORTED_TYPE;
            case INVALID_CONTENT, MALWARE -> Kind.INVALID;
            case SCANNER_UNAVAILABLE -> Kind.UNAVAILABLE;
        };
        return new BusinessRuleViolation(kind, e.getMessage());
    }

    /** Who uploads, and into which practice. */
    record Uploader(WorkspaceId workspaceId, UserId userId) {}

    /** The command's answer and what was stored. */
    record UploadedAttachment(CommandResponse response, InspectedFile file) {}
}
