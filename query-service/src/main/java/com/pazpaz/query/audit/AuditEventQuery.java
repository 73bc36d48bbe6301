package com.pazpaz.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The filters of an audit-trail query, turned into a WHERE clause with bind parameters (never concatenated
 * values). Always scoped to one workspace.
 */
record AuditEventQuery(
        UUID workspaceId,
        UUID userId,
        String resourceType,
        UUID resourceId,
        String action,
        Instant startDate,
        Instant endDate,
        boolean phiOnly) {

    String where() {
        StringBuilder where = new StringBuilder("workspace_id = ?");
        condition(where, userId, "user_id = ?");
        condition(where, resourceType, "resource_type = ?");
        condition(where, resourceId, "resource_id = ?");
        condition(where, action, "action = ?");
        condition(where, startDate, "created_at >= ?");
        condition(where, endDate, "created_at <= ?");
        if (phiOnly) {
            where.append(" AND action = 'READ' AND resource_type IN ('Client', 'Session', 'PlanOfCare')");
        }
        return where.toString();
    }

    Object[] parameters() {
        List<Object> parameters = new ArrayList<>();
        parameters.add(workspaceId);
        for (Object value : new Object[] {
            userId,
            resourceType,
            resourceId,
            action,
            startDate == null ? null : java.sql.Timestamp.from(startDate),
            endDate == null ? null : java.sql.Timestamp.from(endDate)
        }) {
            if (value != null) {
                parameters.add(value);
            }
        }
        return parameters.toArray();
    }

    private static void condition(StringBuilder where, Object value, String sql) {
        if (value != null) {
            where.append(" AND ").append(sql);
        }
    }
}
