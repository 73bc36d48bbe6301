package com.pazpaz.kernel.client;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A client's details were revised; the event holds them as they stand afterwards. */
@Revision("1")
public record ClientDetailsRevisedEvent(
        ClientId clientId, WorkspaceId workspaceId, ClientDetails details, Instant revisedAt)
        implements WorkspaceScoped {}
