package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A user lost access to the practice; their tokens are refused from then on. */
@Revision("1")
public record UserDeactivatedEvent(WorkspaceId workspaceId, UserId userId, Instant deactivatedAt)
        implements WorkspaceScoped {}
