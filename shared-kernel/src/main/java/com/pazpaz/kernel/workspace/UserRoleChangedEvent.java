package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A user of the practice now has another role; tokens still carrying the old role are refused. */
@Revision("1")
public record UserRoleChangedEvent(WorkspaceId workspaceId, UserId userId, Role role, Instant changedAt)
        implements WorkspaceScoped {}
