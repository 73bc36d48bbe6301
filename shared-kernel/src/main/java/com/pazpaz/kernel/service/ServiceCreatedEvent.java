package com.pazpaz.kernel.service;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A practice started offering a service. Service names and descriptions are practice data, not PHI. */
@Revision("1")
public record ServiceCreatedEvent(
        ServiceId serviceId,
        WorkspaceId workspaceId,
        String name,
        String description,
        int defaultDurationMinutes,
        boolean active,
        Instant createdAt) implements WorkspaceScoped {
}
