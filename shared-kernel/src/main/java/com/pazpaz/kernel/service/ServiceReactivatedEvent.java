package com.pazpaz.kernel.service;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An archived service is offered again. */
@Revision("1")
public record ServiceReactivatedEvent(ServiceId serviceId, WorkspaceId workspaceId, Instant reactivatedAt)
        implements WorkspaceScoped {}
