package com.pazpaz.query.client;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The narrow reads of {@code clients} behind the client list's index, in plain SQL: the index needs neither
 * whole rows nor entities, only each row's stamp and, for changed rows, the name ciphertext.
 */
@Component
class ClientListRows {

    private final JdbcTemplate jdbc;

    ClientListRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The workspace's list stamp: the last transaction that changed one of its clients; null if none did. */
    Long listStamp(UUID workspaceId) {
        List<Long> stamp = jdbc.queryForList(
                "SELECT stamp FROM client_list_stamps WHERE workspace_id = ?", Long.class, workspaceId);
        return stamp.isEmpty() ? null : stamp.get(0);
    }

    /**
     * Every client of the workspace with its row's stamp: the {@code xmin} of the row's current version, the
     * transaction that wrote it. Any UPDATE writes a new row version, so a stamp changes whenever its row does,
     * whatever the clocks of the services (unlike {@code updated_at}, the time the command was accepted, which
     * can arrive out of order), and a rebuilt read model has new stamps throughout.
     */
    Map<UUID, Long> stamps(UUID workspaceId) {
        Map<UUID, Long> stamps = new HashMap<>();
        jdbc.query(
                "SELECT id, xmin::text::bigint FROM clients WHERE workspace_id = ?",
                rs -> {
                    stamps.put(rs.getObject(1, UUID.class), rs.getLong(2));
                },
                workspaceId);
        return stamps;
    }

    /** The name ciphertext of these clients of the workspace, each with the stamp of the version read. */
    List<StoredNames> names(UUID workspaceId, Collection<UUID> clientIds) {
        return jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "SELECT id, xmin::text::bigint, updated_at,"
                                    + " is_active, first_name, last_name FROM clients WHERE workspace_id = ? AND id = ANY (?)");
                    statement.setObject(1, workspaceId);
                    statement.setArray(2, connection.createArrayOf("uuid", clientIds.toArray()));
                    return statement;
                },
                (rs, rowNumber) -> new StoredNames(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getBoolean(4),
                        value(rs.getBytes(5)),
                        value(rs.getBytes(6))));
    }

    private static EncryptedValue value(byte[] bytes) {
        return bytes == null ? null : EncryptedValue.of(bytes);
    }

    /** A client's names as stored (ciphertext), with its row's stamp, last change and active flag. */
    record StoredNames(
            UUID id,
            long stamp,
            Instant changedAt,
            boolean active,
            EncryptedValue firstName,
            EncryptedValue lastName) {}
}
