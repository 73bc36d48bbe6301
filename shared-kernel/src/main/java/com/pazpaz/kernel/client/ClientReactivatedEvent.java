package com.pazpaz.kernel.client;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An archived client was made active again. */
@Revision("1")
public record ClientReactivatedEvent(ClientId clientId, WorkspaceId workspaceId, Instant reactivatedAt)
        implements WorkspaceScoped {}
