package com.pazpaz.command.attachment;

import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the note or client a file is addressed under, strongly consistent, from the command side's own
 * directories (kept in the event transactions by the session and retention features).
 */
@Component
class AttachmentOwners {

    private final JdbcTemplate jdbc;

    AttachmentOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The client of a note of this workspace that is not deleted; 404 otherwise (behaviour.md §1.9). */
    ClientId clientOfLiveNote(SessionId sessionId, WorkspaceId workspaceId) {
        return jdbc
                .query(
                        "SELECT client_id FROM command_model.session_directory"
                                + " WHERE session_id = ? AND workspace_id = ? AND NOT is_deleted",
                        (rs, n) -> ClientId.of(rs.getObject(1, UUID.class)),
                        sessionId.value(),
                        workspaceId.value())
                .stream()
                .findFirst()
                .orElseThrow(RecordNotFoundException::new);
    }

    /**
     * The client of a note of this workspace, deleted ones included: an imported file was uploaded before its
     * note was deleted (docs/import.md). 404 for a note of another workspace.
     */
    ClientId clientOfNote(SessionId sessionId, WorkspaceId workspaceId) {
        return jdbc
                .query(
                        "SELECT client_id FROM command_model.session_directory"
                                + " WHERE session_id = ? AND workspace_id = ?",
                        (rs, n) -> ClientId.of(rs.getObject(1, UUID.class)),
                        sessionId.value(),
                        workspaceId.value())
                .stream()
                .findFirst()
                .orElseThrow(RecordNotFoundException::new);
    }

    /** A client of this workspace, archived ones included (behaviour.md §1.10); 404 otherwise. */
    void requireClient(ClientId clientId, WorkspaceId workspaceId) {
        Boolean found = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command_model.client_retention"
                        + " WHERE client_id = ? AND workspace_id = ?)",
                Boolean.class,
                clientId.value(),
                workspaceId.value());
        if (!Boolean.TRUE.equals(found)) {
            throw new RecordNotFoundException();
        }
    }
}
