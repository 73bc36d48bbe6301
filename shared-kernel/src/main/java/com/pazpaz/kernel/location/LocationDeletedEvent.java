package com.pazpaz.kernel.location;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An unreferenced location was removed for good; its name is free again. */
@Revision("1")
public record LocationDeletedEvent(LocationId locationId, WorkspaceId workspaceId, Instant deletedAt)
        implements WorkspaceScoped {}
