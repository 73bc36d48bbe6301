package com.pazpaz.query.attachment;

import java.time.Instant;
import java.util.UUID;

/**
 * An attachment as the API answers it (behaviour.md §1.9): {@code file_name} is the decrypted display name,
 * {@code session_date} the date of its note (null for a client's own file).
 */
record AttachmentView(
        UUID id,
        UUID sessionId,
        UUID clientId,
        UUID workspaceId,
        String fileName,
        String fileType,
        int fileSizeBytes,
        Instant createdAt,
        Instant sessionDate,
        boolean isSessionFile) {}
