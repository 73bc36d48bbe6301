package com.pazpaz.command.attachment;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.AttachmentId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.SessionId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the command side's list of files and storage rows (written by {@link AttachmentLedger}). */
@Component
class LedgerQueries {

    private static final String COLUMNS =
            "SELECT attachment_id, client_id, session_id, file_name, deleted" + " FROM command_model.attachment_ledger";

    private final JdbcTemplate jdbc;

    LedgerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LedgerEntry> find(AttachmentId attachmentId) {
        return jdbc.query(COLUMNS + " WHERE attachment_id = ?", LedgerQueries::entry, attachmentId.value()).stream()
                .findFirst();
    }

    /** A file of this workspace that is not deleted; empty for any other (R-ATT-7, R-ISO). */
    Optional<LedgerEntry> findLive(AttachmentId attachmentId, WorkspaceId workspaceId) {
        return jdbc
                .query(
                        COLUMNS + " WHERE attachment_id = ? AND workspace_id = ? AND NOT deleted",
                        LedgerQueries::entry,
                        attachmentId.value(),
                        workspaceId.value())
                .stream()
                .findFirst();
    }

    boolean exists(AttachmentId attachmentId) {
        return find(attachmentId).isPresent();
    }

    long sessionTotal(SessionId sessionId) {
        return total("session_id", sessionId.value());
    }

    /** All of the client's live files, its notes' included. */
    long clientTotal(ClientId clientId) {
        return total("client_id", clientId.value());
    }

    List<LedgerEntry> liveFilesOfClient(ClientId clientId) {
        return jdbc.query(COLUMNS + " WHERE client_id = ? AND NOT deleted", LedgerQueries::entry, clientId.value());
    }

    /** Every file of the note, deleted ones included: all of them must go when the note is purged. */
    List<AttachmentId> allFilesOfSession(SessionId sessionId) {
        return ids("session_id", sessionId.value());
    }

    /** Every file of the client, its notes' and deleted ones included. */
    List<AttachmentId> allFilesOfClient(ClientId clientId) {
        return ids("client_id", clientId.value());
    }

    Optional<StorageUsage> storage(WorkspaceId workspaceId) {
        return jdbc
                .query(
                        "SELECT used_bytes, quota_bytes FROM command_model.workspace_storage WHERE workspace_id = ?",
                        (rs, n) -> new StorageUsage(rs.getLong(1), rs.getLong(2)),
                        workspaceId.value())
                .stream()
                .findFirst();
    }

    private long total(String ownerColumn, UUID owner) {
        Long total = jdbc.queryForObject(
                "SELECT coalesce(sum(size_bytes), 0) FROM command_model.attachment_ledger" + " WHERE " + ownerColumn
                        + " = ? AND NOT deleted",
                Long.class,
                owner);
        return total == null ? 0 : total;
    }

    private List<AttachmentId> ids(String ownerColumn, UUID owner) {
        return jdbc.query(
                "SELECT attachment_id FROM command_model.attachment_ledger WHERE " + ownerColumn + " = ?",
                (rs, n) -> AttachmentId.of(rs.getObject(1, UUID.class)),
                owner);
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        UUID session = rs.getObject(3, UUID.class);
        return new LedgerEntry(
                AttachmentId.of(rs.getObject(1, UUID.class)),
                ClientId.of(rs.getObject(2, UUID.class)),
                session == null ? null : SessionId.of(session),
                EncryptedValue.fromBase64(rs.getString(4)),
                rs.getBoolean(5));
    }
}
