package com.pazpaz.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of {@code audit_events}, newest first. */
@Component
class AuditEvents {

    private static final String COLUMNS = "id, workspace_id, user_id, event_type, resource_type, resource_id,"
            + " action, ip_address, user_agent, metadata, created_at";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    AuditEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(AuditEventQuery query) {
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM audit_events WHERE " + query.where(), Long.class, query.parameters());
        return total == null ? 0 : total;
    }

    List<AuditEventView> page(AuditEventQuery query, long offset, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_events WHERE " + query.where()
                        + " ORDER BY created_at DESC, id OFFSET " + offset + " LIMIT " + limit,
                this::view,
                query.parameters());
    }

    Optional<AuditEventView> find(UUID workspaceId, UUID id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM audit_events WHERE workspace_id = ? AND id = ?",
                        this::view,
                        workspaceId,
                        id)
                .stream()
                .findFirst();
    }

    /**
     * Streams every matching row, oldest first, without holding them all in memory: in a transaction of its own
     * (the export's body runs after the request's has ended), which names the workspace to the row policies and
     * lets the driver fetch in pages.
     */
    @Transactional(readOnly = true)
    void each(AuditEventQuery query, Consumer<AuditEventView> consumer) {
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_events WHERE "
                            + query.where() + " ORDER BY created_at, id");
                    statement.setFetchSize(500);
                    Object[] parameters = query.parameters();
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    return statement;
                },
                (ResultSet rs) -> {
                    consumer.accept(view(rs, 0));
                });
    }

    private AuditEventView view(ResultSet rs, int row) throws SQLException {
        return new AuditEventView(
                rs.getObject("id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("event_type"),
                rs.getString("resource_type"),
                rs.getObject("resource_id", UUID.class),
                rs.getString("action"),
                rs.getString("ip_address"),
                rs.getString("user_agent"),
                parse(rs.getString("metadata")),
                rs.getTimestamp("created_at").toInstant());
    }

    private JsonNode parse(String metadata) {
        try {
            return metadata == null ? null : json.readTree(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
