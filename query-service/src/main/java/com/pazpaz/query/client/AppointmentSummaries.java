package com.pazpaz.query.client;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Computes {@link AppointmentSummary}s from the {@code appointments} table, one query for many clients. */
@Component
class AppointmentSummaries {

    private static final String SQL = """
            SELECT client_id,
                   min(scheduled_start) FILTER (WHERE status = 'SCHEDULED' AND scheduled_start > ?) AS next_start,
                   max(scheduled_start) FILTER (WHERE status = 'COMPLETED') AS last_start,
                   count(*) AS appointments
              FROM appointments
             WHERE workspace_id = ? AND client_id = ANY (?)
             GROUP BY client_id
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AppointmentSummaries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<UUID, AppointmentSummary> forClients(UUID workspaceId, Collection<UUID> clientIds) {
        Map<UUID, AppointmentSummary> summaries = new HashMap<>();
        if (clientIds.isEmpty()) {
            return summaries;
        }
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(SQL);
                    statement.setTimestamp(1, Timestamp.from(clock.instant()));
                    statement.setObject(2, workspaceId);
                    statement.setArray(3, connection.createArrayOf("uuid", clientIds.toArray()));
                    return statement;
                },
                rs -> {
                    summaries.put(
                            rs.getObject(1, UUID.class),
                            new AppointmentSummary(
                                    instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)), rs.getLong(4)));
                });
        return summaries;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
