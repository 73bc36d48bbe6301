package com.pazpaz.command.session;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.eventstore.EventStoreProperties;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Destroys a purged note's data key in the transaction that records the purge: from then on its text in the
 * events, in Kafka and in any copy decrypts nowhere, while the rest of the client's record stays readable.
 * Its snapshots go too: they hold only ciphertext under that key, but they are a cache, and a purged note
 * leaves nothing behind that need not stay.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class SessionKeyShredder {

    private final DataKeys dataKeys;
    private final JdbcTemplate jdbc;
    private final String snapshotTable;

    SessionKeyShredder(DataKeys dataKeys, JdbcTemplate jdbc, EventStoreProperties eventStore) {
        this.dataKeys = dataKeys;
        this.jdbc = jdbc;
        this.snapshotTable = eventStore.schema() + ".snapshot_event_entry";
    }

    @EventHandler
    void on(SessionPurgedEvent event) {
        dataKeys.destroy(event.sessionId().value());
        jdbc.update(
                "DELETE FROM " + snapshotTable + " WHERE aggregate_identifier = ?",
                event.sessionId().toString());
    }
}
