package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A deactivated user has access to the practice again. */
@Revision("1")
public record UserReactivatedEvent(WorkspaceId workspaceId, UserId userId, Instant reactivatedAt)
        implements WorkspaceScoped {}
