package com.pazpaz.kernel.client;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A client was registered with these details. */
@Revision("1")
public record ClientRegisteredEvent(
        ClientId clientId, WorkspaceId workspaceId, ClientDetails details, boolean active, Instant registeredAt)
        implements WorkspaceScoped {}
