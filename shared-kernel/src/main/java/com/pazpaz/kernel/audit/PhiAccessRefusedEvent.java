package com.pazpaz.kernel.audit;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Someone was refused access to protected health information: a 404 (no such record in their practice, whether
 * or not it exists in another) or a 403 (their role may not) on a PHI endpoint of either service. Recorded in the
 * trail of the caller's own practice with only what the caller sent, so the record tells nobody more than the
 * answer did (decision 250); who and from where: in the metadata.
 *
 * @param workspaceId  the caller's practice, never the practice the record may belong to
 * @param resourceType audit resource type of the endpoint, e.g. {@code Client}, {@code Session}
 * @param resourceId   the id the caller asked for (the most specific one of the path), or null when none
 * @param request      the method and the route's pattern, e.g. {@code GET /api/v1/clients/{clientId}}: no values
 * @param reason       {@code not_found} or {@code forbidden}
 */
@Revision("1")
public record PhiAccessRefusedEvent(
        WorkspaceId workspaceId, String resourceType, UUID resourceId, String request, String reason)
        implements WorkspaceScoped {

    public static final String NOT_FOUND = "not_found";
    public static final String FORBIDDEN = "forbidden";

    public PhiAccessRefusedEvent {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(resourceType, "resource type");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reason, "reason");
    }
}
