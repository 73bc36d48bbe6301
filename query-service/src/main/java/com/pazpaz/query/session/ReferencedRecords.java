package com.pazpaz.query.session;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether a client or appointment named in a query belongs to the caller's workspace (R-ISO-3: 404 if not). */
@Component
class ReferencedRecords {

    private final JdbcTemplate jdbc;

    ReferencedRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean clientExists(UUID clientId, UUID workspaceId) {
        return exists("clients", clientId, workspaceId);
    }

    boolean appointmentExists(UUID appointmentId, UUID workspaceId) {
        return exists("appointments", appointmentId, workspaceId);
    }

    /** Each note's files that are not deleted (the reference's {@code attachment_count}), in one query. */
    Map<UUID, Integer> attachmentCounts(Collection<UUID> sessionIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        jdbc.query(
                "SELECT session_id, count(*) FROM session_attachments WHERE session_id = ANY (?)"
                        + " AND deleted_at IS NULL GROUP BY session_id",
                rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                },
                (Object) sessionIds.toArray(UUID[]::new));
        return counts;
    }

    private boolean exists(String table, UUID id, UUID workspaceId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = ? AND workspace_id = ?)",
                Boolean.class,
                id,
                workspaceId));
    }
}
