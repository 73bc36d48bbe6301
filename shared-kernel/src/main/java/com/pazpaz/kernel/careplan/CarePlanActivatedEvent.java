package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A draft plan was put into effect; from now on it changes only by revision. */
@Revision("1")
public record CarePlanActivatedEvent(CarePlanId carePlanId, WorkspaceId workspaceId, UserId author, Instant activatedAt)
        implements WorkspaceScoped {}
