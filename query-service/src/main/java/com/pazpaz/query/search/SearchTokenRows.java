package com.pazpaz.query.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes {@code search_tokens}: a record's tokens are replaced whole, in two statements for any number of
 * records (a delete by record, then one insert of every row as unnested arrays). Unqualified, so a rebuild
 * writes its shadow table.
 */
@Component
class SearchTokenRows {

    /** One row of {@code search_tokens}. */
    record Row(UUID workspaceId, byte[] token, UUID recordId, int generation) {}

    private static final String INSERT = "INSERT INTO search_tokens (workspace_id, token, record_id, key_generation)"
            + " SELECT x.w, x.t, x.r, x.g::smallint FROM unnest(?, ?, ?, ?) AS x(w, t, r, g) ON CONFLICT DO NOTHING";

    private final JdbcTemplate jdbc;

    SearchTokenRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the tokens of these records by the rows given; with a generation, only that generation's tokens
     * (a rotation filling the next one), otherwise all of them.
     */
    void replace(Collection<UUID> records, List<Row> rows, Integer generation) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.execute((Connection connection) -> {
            String delete = "DELETE FROM search_tokens WHERE record_id = ANY (?)"
                    + (generation == null ? "" : " AND key_generation = ?");
            try (PreparedStatement statement = connection.prepareStatement(delete)) {
                statement.setArray(1, connection.createArrayOf("uuid", records.toArray(UUID[]::new)));
                if (generation != null) {
                    statement.setInt(2, generation);
                }
                statement.executeUpdate();
            }
            insert(connection, rows);
            return null;
        });
    }

    /** Adds rows for records that have none yet (a rebuild's whole-table indexing). */
    void insert(List<Row> rows) {
        jdbc.execute((Connection connection) -> {
            insert(connection, rows);
            return null;
        });
    }

    private static void insert(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", rows.stream().map(Row::workspaceId).toArray(UUID[]::new)));
            statement.setArray(
                    2,
                    connection.createArrayOf(
                            "bytea", rows.stream().map(Row::token).toArray(byte[][]::new)));
            statement.setArray(
                    3,
                    connection.createArrayOf(
                            "uuid", rows.stream().map(Row::recordId).toArray(UUID[]::new)));
            statement.setArray(
                    4,
                    connection.createArrayOf(
                            "int4", rows.stream().map(Row::generation).toArray(Integer[]::new)));
            statement.executeUpdate();
        }
    }

    /** The rows of these records under these generations' indexes. */
    static List<Row> rowsOf(
            Collection<IndexedRecord> records,
            UUID workspaceId,
            List<SearchKeys.Generation> keys,
            SearchKeys searchKeys) {
        List<Row> rows = new ArrayList<>();
        for (SearchKeys.Generation generation : keys) {
            BlindIndex index = searchKeys.index(generation);
            for (IndexedRecord record : records) {
                if (record.workspaceId().equals(workspaceId)) {
                    index.tokens(record.kind(), record.words())
                            .forEach(token -> rows.add(
                                    new Row(workspaceId, token.bytes(), record.recordId(), generation.number())));
                }
            }
        }
        return rows;
    }
}
