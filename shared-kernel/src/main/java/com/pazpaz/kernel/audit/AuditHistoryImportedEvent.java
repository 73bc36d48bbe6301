package com.pazpaz.kernel.audit;

import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * One row of another system's audit trail, moved here with its practice (the reference's {@code audit_events},
 * docs/import.md): what was done, to which record, by whom, from where and when, as that system recorded it. It
 * changes no record, so it is an event of no aggregate; its audit row keeps the original id and time and is marked
 * {@code imported_from}. The details hold only ids, numbers, flags, times and words of a fixed vocabulary: the
 * importer drops every free-text value of the original metadata (it may quote PHI) and names the dropped keys.
 *
 * @param originalId   the id of the original audit row, kept as this event's id and as its audit row's id
 * @param actor        who acted, or null for a system event
 * @param eventType    the original {@code event_type}, e.g. {@code client.read}
 * @param resourceType the original resource type ({@code Client}, {@code Session}, …), or null
 * @param resourceId   the record acted on, or null
 * @param action       the original action: {@code CREATE}, {@code READ}, {@code UPDATE}, {@code DELETE}, …
 * @param ipAddress    from where, as recorded
 * @param userAgent    with what, as recorded
 * @param details      the original metadata without free text (see above)
 * @param occurredAt   when it happened, as recorded
 * @param importedFrom the system it comes from: {@code reference}
 */
@Revision("1")
public record AuditHistoryImportedEvent(
        WorkspaceId workspaceId,
        UUID originalId,
        UserId actor,
        String eventType,
        String resourceType,
        UUID resourceId,
        String action,
        String ipAddress,
        String userAgent,
        Map<String, Object> details,
        Instant occurredAt,
        String importedFrom)
        implements WorkspaceScoped {

    public AuditHistoryImportedEvent {
        Objects.requireNonNull(workspaceId, "workspace id");
        Objects.requireNonNull(originalId, "original id");
        Objects.requireNonNull(eventType, "event type");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(occurredAt, "occurred at");
        Objects.requireNonNull(importedFrom, "imported from");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
