package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A plan of care was drafted for a client; {@code content} is the whole plan, encrypted under the client's key. */
@Revision("1")
public record CarePlanCreatedEvent(
        CarePlanId carePlanId,
        WorkspaceId workspaceId,
        ClientId clientId,
        UserId author,
        CarePlanContent content,
        Instant createdAt)
        implements WorkspaceScoped {}
