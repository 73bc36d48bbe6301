package com.pazpaz.kernel.client;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A client was archived: hidden from default lists, still readable and editable. */
@Revision("1")
public record ClientArchivedEvent(ClientId clientId, WorkspaceId workspaceId, Instant archivedAt)
        implements WorkspaceScoped {}
