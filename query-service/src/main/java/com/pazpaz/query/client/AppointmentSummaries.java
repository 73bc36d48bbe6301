package com.pazpaz.query.client;

import com.pazpaz.query.common.Alongside;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Computes {@link AppointmentSummary}s from the {@code appointments} table, one query for many clients. */
@Component
class AppointmentSummaries {

    /** The summary's figures; their one parameter is now. */
    private static final String FIGURES =
            "min(scheduled_start) FILTER (WHERE status = 'SCHEDULED' AND scheduled_start > ?)"
                    + " AS next_start, max(scheduled_start) FILTER (WHERE status = 'COMPLETED') AS last_start,"
                    + " count(*) AS appointments";

    private static final String SQL = "SELECT client_id, " + FIGURES
            + " FROM appointments WHERE workspace_id = ? AND client_id = ANY (?) GROUP BY client_id";

    /** The same figures for the client row {@code r} of a one-client read: one result row, zero and nulls for none. */
    private static final String OF_THE_ROW =
            "SELECT " + FIGURES + " FROM appointments WHERE workspace_id = r.workspace_id AND client_id = r.id";

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
                    summaries.put(rs.getObject(1, UUID.class), summary(rs, 2));
                });
        return summaries;
    }

    /** The summary of the client a one-client read reads, in the read's own statement ({@link Alongside}). */
    Alongside<AppointmentSummary> ofTheRow() {
        return new Alongside<>(OF_THE_ROW, List.of(Timestamp.from(clock.instant())), (rs, first) -> summary(rs, first));
    }

    private static AppointmentSummary summary(ResultSet rs, int first) throws SQLException {
        return new AppointmentSummary(
                instant(rs.getTimestamp(first)), instant(rs.getTimestamp(first + 1)), rs.getLong(first + 2));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
