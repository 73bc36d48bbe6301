package com.pazpaz.kernel.service;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An unreferenced service was removed for good; its name is free again. */
@Revision("1")
public record ServiceDeletedEvent(ServiceId serviceId, WorkspaceId workspaceId, Instant deletedAt)
        implements WorkspaceScoped {}
