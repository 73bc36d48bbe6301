package com.pazpaz.query.audit;

import com.pazpaz.query.common.BatchStatement;
import com.pazpaz.query.common.TableColumn;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code audit_events} as the projector appends it. The user is kept only if projected (users are
 * written before the audit rows of the same batch), as the documented foreign key requires.
 */
record AuditRow(
        UUID id,
        UUID workspaceId,
        UUID userId,
        String eventType,
        String resourceType,
        UUID resourceId,
        String action,
        String ipAddress,
        String userAgent,
        String metadata,
        Instant createdAt) {

    private static final List<TableColumn<AuditRow>> COLUMNS = List.of(
            TableColumn.uuid("id", AuditRow::id),
            TableColumn.uuid("workspace_id", AuditRow::workspaceId),
            TableColumn.uuid("user_id", AuditRow::userId),
            TableColumn.text("event_type", AuditRow::eventType),
            TableColumn.text("resource_type", AuditRow::resourceType),
            TableColumn.uuid("resource_id", AuditRow::resourceId),
            TableColumn.text("action", AuditRow::action),
            TableColumn.text("ip_address", AuditRow::ipAddress),
            TableColumn.text("user_agent", AuditRow::userAgent),
            TableColumn.text("metadata", AuditRow::metadata),
            TableColumn.instant("created_at", AuditRow::createdAt));

    /** Every row of a batch in one statement; a row already there (an event projected twice) is left alone. */
    static final BatchStatement<AuditRow> INSERT = new BatchStatement<>("""
            INSERT INTO audit_events (id, workspace_id, user_id, event_type, resource_type, resource_id, action,
                                      ip_address, user_agent, metadata, created_at)
            SELECT x.id, x.workspace_id, u.id, x.event_type, x.resource_type, x.resource_id, x.action,
                   x.ip_address, x.user_agent, x.metadata::jsonb, x.created_at::timestamptz
              FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS x(id, workspace_id, user_id, event_type, resource_type,
                   resource_id, action, ip_address, user_agent, metadata, created_at)
              LEFT JOIN users u ON u.id = x.user_id
            ON CONFLICT (id) DO NOTHING""", COLUMNS);
}
