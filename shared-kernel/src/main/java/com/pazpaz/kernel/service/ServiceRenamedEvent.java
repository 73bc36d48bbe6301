package com.pazpaz.kernel.service;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A service got a new name (the old one is free again). */
@Revision("1")
public record ServiceRenamedEvent(ServiceId serviceId, WorkspaceId workspaceId, String name, Instant renamedAt)
        implements WorkspaceScoped {}
