package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The practice was closed: its records stay, and none of its users may act until it is reactivated. */
@Revision("1")
public record WorkspaceDeactivatedEvent(WorkspaceId workspaceId, Instant deactivatedAt) implements WorkspaceScoped {}
