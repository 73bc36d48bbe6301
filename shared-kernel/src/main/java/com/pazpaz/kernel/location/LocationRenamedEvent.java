package com.pazpaz.kernel.location;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A location got a new name (the old one is free again). */
@Revision("1")
public record LocationRenamedEvent(LocationId locationId, WorkspaceId workspaceId, String name, Instant renamedAt)
        implements WorkspaceScoped {}
