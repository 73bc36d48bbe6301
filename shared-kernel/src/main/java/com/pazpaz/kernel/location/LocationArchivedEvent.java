package com.pazpaz.kernel.location;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A location is no longer used: hidden from the default list, kept for the appointments that used it. */
@Revision("1")
public record LocationArchivedEvent(LocationId locationId, WorkspaceId workspaceId, Instant archivedAt)
        implements WorkspaceScoped {}
