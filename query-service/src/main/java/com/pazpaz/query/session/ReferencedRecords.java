package com.pazpaz.query.session;

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

    /** The note's files that are not deleted (the reference's {@code attachment_count}). */
    int attachmentCount(UUID sessionId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM session_attachments WHERE session_id = ?"
                + " AND deleted_at IS NULL", Integer.class, sessionId);
        return count == null ? 0 : count;
    }

    private boolean exists(String table, UUID id, UUID workspaceId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = ? AND workspace_id = ?)",
                Boolean.class, id, workspaceId));
    }
}
