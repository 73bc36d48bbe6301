package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A finalized note went back to being a draft; the read model drops its versions, the events keep them. */
@Revision("1")
public record SessionUnfinalizedEvent(
        SessionId sessionId,
        WorkspaceId workspaceId,
        Instant unfinalizedAt,
        int versionsDiscarded) implements WorkspaceScoped {
}
