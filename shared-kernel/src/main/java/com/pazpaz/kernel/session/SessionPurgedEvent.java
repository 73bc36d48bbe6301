package com.pazpaz.kernel.session;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A soft-deleted note was erased for good: every read model forgets it, and its content must become unreadable. */
@Revision("1")
public record SessionPurgedEvent(
        SessionId sessionId, WorkspaceId workspaceId, ClientId clientId, PurgeReason reason, Instant purgedAt)
        implements WorkspaceScoped {}
