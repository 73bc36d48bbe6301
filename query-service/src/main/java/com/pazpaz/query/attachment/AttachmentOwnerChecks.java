package com.pazpaz.query.attachment;

import com.pazpaz.kernel.common.RecordNotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The note or client an attachment route names, read from their own read tables. */
@Component
class AttachmentOwnerChecks {

    private final JdbcTemplate jdbc;

    AttachmentOwnerChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The date of a note of this workspace that is not deleted; 404 otherwise (behaviour.md §1.9). */
    Instant liveNoteDate(UUID sessionId, UUID workspaceId) {
        List<Instant> dates = jdbc.query(
                "SELECT session_date FROM sessions WHERE id = ? AND workspace_id = ?" + " AND deleted_at IS NULL",
                (rs, n) -> rs.getTimestamp(1).toInstant(),
                sessionId,
                workspaceId);
        if (dates.isEmpty()) {
            throw new RecordNotFoundException();
        }
        return dates.get(0);
    }

    /** A client of this workspace, archived ones included (behaviour.md §1.10); 404 otherwise. */
    void requireClient(UUID clientId, UUID workspaceId) {
        Boolean found = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM clients WHERE id = ? AND workspace_id = ?)",
                Boolean.class,
                clientId,
                workspaceId);
        if (!Boolean.TRUE.equals(found)) {
            throw new RecordNotFoundException();
        }
    }

    /** The dates of these notes, deleted ones included (their files still show in the client's list). */
    Map<UUID, Instant> noteDates(Collection<UUID> sessionIds) {
        Map<UUID, Instant> dates = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return dates;
        }
        jdbc.query(
                "SELECT id, session_date FROM sessions WHERE id = ANY (?)",
                rs -> {
                    Timestamp date = rs.getTimestamp(2);
                    dates.put(rs.getObject(1, UUID.class), date == null ? null : date.toInstant());
                },
                (Object) sessionIds.toArray(UUID[]::new));
        return dates;
    }
}
