package com.pazpaz.kernel.workspace;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A deactivated practice is open again: its active users may act as before. */
@Revision("1")
public record WorkspaceReactivatedEvent(WorkspaceId workspaceId, Instant reactivatedAt) implements WorkspaceScoped {}
