package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A draft became a finalized record; its text is kept as version 1, encrypted for the version's own row. */
@Revision("1")
public record SessionFinalizedEvent(
        SessionId sessionId,
        WorkspaceId workspaceId,
        UserId author,
        Instant finalizedAt,
        UUID versionId,
        int versionNumber,
        SoapNote snapshot)
        implements WorkspaceScoped {}
