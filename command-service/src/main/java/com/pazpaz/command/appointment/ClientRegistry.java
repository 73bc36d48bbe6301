package com.pazpaz.command.appointment;

import com.pazpaz.infra.eventstore.EventStoreProperties;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a client exists in a workspace (R-ISO-3), answered from the client's first event in the store: strongly
 * consistent, and true for every client ever registered without a lookup table to back-fill.
 */
@Component
class ClientRegistry {

    private final JdbcTemplate jdbc;
    private final String sql;

    ClientRegistry(JdbcTemplate jdbc, EventStoreProperties eventStore) {
        this.jdbc = jdbc;
        this.sql = "SELECT EXISTS (SELECT 1 FROM " + eventStore.schema() + ".domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0 AND type = 'Client'"
                + " AND payload::jsonb ->> 'workspaceId' = ?)";
    }

    boolean belongsTo(WorkspaceId workspaceId, ClientId clientId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql, Boolean.class, clientId.toString(),
                workspaceId.toString()));
    }
}
