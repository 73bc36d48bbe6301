package com.pazpaz.kernel.client;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A client was erased (crypto-shredding): its data keys were destroyed in the same transaction, so its
 * protected fields are unreadable everywhere from now on. Who erased it is in the event's metadata.
 */
@Revision("1")
public record ClientErasedEvent(ClientId clientId, WorkspaceId workspaceId, Instant erasedAt)
        implements WorkspaceScoped {}
