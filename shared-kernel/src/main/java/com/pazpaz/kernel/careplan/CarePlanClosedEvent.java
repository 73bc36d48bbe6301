package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A plan was closed as {@code status} (completed or discontinued) with a reason; it changes no more. */
@Revision("1")
public record CarePlanClosedEvent(
        CarePlanId carePlanId,
        WorkspaceId workspaceId,
        UserId author,
        CarePlanStatus status,
        EncryptedValue reason,
        Instant closedAt)
        implements WorkspaceScoped {}
