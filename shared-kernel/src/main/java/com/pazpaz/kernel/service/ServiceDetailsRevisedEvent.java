package com.pazpaz.kernel.service;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A service's description or default duration changed; the event states both as they now stand. */
@Revision("1")
public record ServiceDetailsRevisedEvent(
        ServiceId serviceId, WorkspaceId workspaceId, String description, int defaultDurationMinutes, Instant revisedAt)
        implements WorkspaceScoped {}
