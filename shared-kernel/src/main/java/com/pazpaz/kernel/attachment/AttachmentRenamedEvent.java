package com.pazpaz.kernel.attachment;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A file was given a new display name (encrypted; the old one stays readable in the earlier events). */
@Revision("1")
public record AttachmentRenamedEvent(
        AttachmentId attachmentId,
        WorkspaceId workspaceId,
        ClientId clientId,
        SessionId sessionId,
        EncryptedValue fileName,
        Instant renamedAt)
        implements WorkspaceScoped {}
