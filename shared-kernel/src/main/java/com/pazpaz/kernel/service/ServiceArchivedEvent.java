package com.pazpaz.kernel.service;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A service is no longer offered: hidden from the default list, kept for the appointments that used it. */
@Revision("1")
public record ServiceArchivedEvent(ServiceId serviceId, WorkspaceId workspaceId, Instant archivedAt)
        implements WorkspaceScoped {}
