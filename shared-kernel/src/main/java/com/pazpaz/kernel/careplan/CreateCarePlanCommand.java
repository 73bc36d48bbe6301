package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/** Drafts a new plan of care for a client of the workspace. */
public record CreateCarePlanCommand(
        CarePlanId carePlanId,
        WorkspaceId workspaceId,
        ClientId clientId,
        UserId author,
        CarePlanContent content,
        Instant createdAt) {

    public CreateCarePlanCommand {
        Objects.requireNonNull(carePlanId, "care plan id");
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(clientId, "client id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "created at");
    }
}
