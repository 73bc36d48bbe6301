package com.pazpaz.importer;

import com.pazpaz.command.attachment.AttachmentImports;
import com.pazpaz.command.attachment.AttachmentImports.ImportedFile;
import com.pazpaz.kernel.attachment.AttachmentPlace;
import com.pazpaz.kernel.attachment.DeleteAttachmentCommand;
import com.pazpaz.kernel.attachment.UploadAttachmentCommand;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files of notes and of clients ({@code session_attachments}), with their contents read from the reference's
 * objects (its bucket, or a copy of it) and stored the way an upload is ({@link AttachmentImports}): checked,
 * encrypted under the note's or client's key, written to this system's blob store, within the note's, the client's
 * and the practice's limits. A file over a limit, of a type this system refuses, or whose object is missing is
 * reported with why.
 */
final class AttachmentImport {

    private static final String TABLE = "session_attachments";

    /** R-ATT-3: the reference made its keys of ids and the detected type only; no other key is read anywhere. */
    private static final Pattern REFERENCE_KEY = Pattern.compile(
            "workspaces/[0-9a-f-]{36}/(sessions|clients)/[0-9a-f-]{36}/attachments/[0-9a-f-]{36}\\.(jpg|png|webp|pdf)");

    private final JdbcTemplate reference;
    private final ImportSteps steps;
    /** Null when no source was given: every file not imported yet is then reported as skipped. */
    private final ReferenceObjects objects;

    private final AttachmentImports attachments;
    private final ImportedPractices practices;

    AttachmentImport(
            JdbcTemplate reference,
            ImportSteps steps,
            ReferenceObjects objects,
            AttachmentImports attachments,
            ImportedPractices practices) {
        this.reference = reference;
        this.steps = steps;
        this.objects = objects;
        this.attachments = attachments;
        this.practices = practices;
    }

    void importAll() {
        ReferenceTable.of(reference, steps, practices, TABLE).importEach(this::attachment);
    }

    private BooleanSupplier attachment(ReferenceTable.Row source) throws SQLException {
        UUID sessionId = source.uuid("session_id");
        UUID uploader = practices.memberOrNull(source.workspaceId(), source.uuid("uploaded_by_user_id"));
        UUID author = uploader == null ? source.owner() : uploader;
        ImportedFileRow row = new ImportedFileRow(
                source.id(),
                source.workspaceId(),
                ClientId.of(source.uuid("client_id")),
                sessionId == null ? null : SessionId.of(sessionId),
                source.columns().getString("file_name"),
                source.columns().getString("s3_key"),
                author,
                source.time("created_at"),
                source.time("deleted_at"));
        if (!source.isDone("uploaded") && objects == null) {
            return source.skipped("no attachment directory or bucket was given");
        }
        return () -> uploaded(source, row) && deleted(source, row);
    }

    /** What the reference says about a file besides its contents. */
    private record ImportedFileRow(
            UUID id,
            UUID workspaceId,
            ClientId client,
            SessionId session,
            String fileName,
            String objectKey,
            UUID author,
            Instant createdAt,
            Instant deletedAt) {

        AttachmentId attachmentId() {
            return AttachmentId.of(id);
        }
    }

    private boolean uploaded(ReferenceTable.Row source, ImportedFileRow row) {
        if (source.isDone("uploaded")) {
            return true;
        }
        if (!REFERENCE_KEY.matcher(row.objectKey()).matches()) {
            steps.report().skipped(TABLE, row.id(), "uploaded: its object key is not of the reference's form");
            return false;
        }
        Optional<byte[]> content;
        try {
            content = objects.read(row.objectKey());
        } catch (RuntimeException e) {
            steps.report().skipped(TABLE, row.id(), "uploaded: " + e.getMessage());
            return false;
        }
        if (content.isEmpty()) {
            steps.report()
                    .skipped(
                            TABLE,
                            row.id(),
                            "uploaded: its object " + row.objectKey() + " is not in " + objects.where());
            return false;
        }
        AtomicReference<UploadAttachmentCommand> stored = new AtomicReference<>();
        ImportedFile file = new ImportedFile(
                row.attachmentId(),
                WorkspaceId.of(row.workspaceId()),
                row.client(),
                row.session(),
                row.fileName(),
                content.get(),
                UserId.of(row.author()),
                row.createdAt());
        boolean done = source.run("uploaded", row.author(), row.createdAt(), row.attachmentId(), () -> {
            stored.set(attachments.encryptedAndStored(file));
            return stored.get();
        });
        if (!done && stored.get() != null) {
            attachments.discardUnrecorded(stored.get());
        }
        return done;
    }

    private boolean deleted(ReferenceTable.Row source, ImportedFileRow row) {
        if (row.deletedAt() == null) {
            return true;
        }
        AttachmentPlace place = row.session() == null
                ? AttachmentPlace.ofClient(row.client())
                : AttachmentPlace.ofSession(row.session());
        // the reference records no one for a file's deletion: the practice's owner stands as its author
        return source.run(
                "deleted",
                source.owner(),
                row.deletedAt(),
                row.attachmentId(),
                () -> new DeleteAttachmentCommand(
                        row.attachmentId(), WorkspaceId.of(row.workspaceId()), place, row.deletedAt(), null));
    }
}
