package com.pazpaz.query.attachment;

import java.time.Instant;
import java.util.UUID;

/**
 * What a signed download link grants: one attachment of one workspace, for the user it was issued to (who is
 * recorded as reading it), inline or as a forced download, until it expires.
 */
record DownloadLink(UUID attachmentId, UUID workspaceId, UUID userId, boolean inline, Instant expiresAt) {}
