package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A soft-deleted note was restored within its grace period. */
@Revision("1")
public record SessionRestoredEvent(SessionId sessionId, WorkspaceId workspaceId, Instant restoredAt)
        implements WorkspaceScoped {}
