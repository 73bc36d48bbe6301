package com.pazpaz.kernel.audit;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Someone read protected health information. A read changes nothing, yet HIPAA wants it recorded, so
 * query-service appends this to the event store before it answers (who, from where: in the metadata).
 *
 * @param resourceType audit resource type, e.g. {@code Client}, {@code Session}
 * @param resourceId   the record read, or null for a list or search
 * @param operation    what kind of read: {@code read}, {@code list}, {@code search}, {@code history}, …
 * @param details      counts and filters that describe the read; never PHI
 */
@Revision("1")
public record PhiAccessedEvent(
        WorkspaceId workspaceId, String resourceType, UUID resourceId, String operation, Map<String, Object> details)
        implements WorkspaceScoped {

    public PhiAccessedEvent {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(resourceType, "resource type");
        Objects.requireNonNull(operation, "operation");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
