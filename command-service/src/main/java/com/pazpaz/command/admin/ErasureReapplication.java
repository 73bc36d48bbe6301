package com.pazpaz.command.admin;

import com.pazpaz.command.common.CommandSweep;
import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.infra.eventstore.EventStoreProperties;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.client.EraseClientCommand;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import com.pazpaz.kernel.workspace.UserErasedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The after-restore step of docs/runbook.md: the data and the key vault are backed up apart (decision 173), so
 * after a restore they may come from different moments, and an erasure recorded by one must be made true in the
 * other. Both directions:
 * <ul>
 *   <li>an erasure (of a client or a user) or a purge the restored events record, whose key a (older) vault
 *       backup brought back: the key is destroyed again;</li>
 *   <li>a client whose key the (newer) vault says destroyed, while the restored events do not record its erasure:
 *       the erasure is recorded again, so the read model, the aggregate, the retention clock and the audit trail
 *       agree with the vault.</li>
 * </ul>
 * Running it again changes nothing. It reads the whole event store once: an operator's step, not a request path.
 */
@Component
class ErasureReapplication {

    static final String USER_AGENT = "pazpaz-erasure-reapplication";
    private static final Logger log = LoggerFactory.getLogger(ErasureReapplication.class);

    private final JdbcTemplate jdbc;
    private final DataKeys dataKeys;
    private final EventStore eventStore;
    private final CommandSweep sweep;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String events;

    ErasureReapplication(
            JdbcTemplate jdbc,
            DataKeys dataKeys,
            EventStore eventStore,
            CommandSweep sweep,
            PlatformTransactionManager transactionManager,
            Clock clock,
            EventStoreProperties store) {
        this.jdbc = jdbc;
        this.dataKeys = dataKeys;
        this.eventStore = eventStore;
        this.sweep = sweep;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.events = store.schema() + ".domain_event_entry";
    }

    Report reapply(UserId operator) {
        List<UUID> shredded = ownersWhoseErasureIsRecorded();
        int keysDestroyed = transaction.execute(
                tx -> shredded.stream().mapToInt(dataKeys::destroy).sum());
        dataKeys.forgetCachedKeys();
        Instant now = clock.instant();
        CommandSweep.Outcome recorded = sweep.run(
                "erasure-reapplication",
                clientsErasedOnlyInTheVault(),
                client -> client,
                client -> GenericCommandMessage.asCommandMessage(
                                new EraseClientCommand(ClientId.of(client), workspaceOf(client), now))
                        .andMetaData(Map.of(
                                MetadataKeys.WORKSPACE_ID,
                                workspaceOf(client).toString(),
                                MetadataKeys.USER_ID,
                                operator.toString(),
                                MetadataKeys.USER_AGENT,
                                USER_AGENT)));
        log.info(
                "Erasures re-applied after a restore: {} keys destroyed again, {} erasures recorded again, {} failed",
                keysDestroyed,
                recorded.done().size(),
                recorded.failed().size());
        return new Report(keysDestroyed, recorded.done(), recorded.failed());
    }

    /**
     * Clients erased, notes purged and users erased according to the events: their keys must not exist. A user's
     * erasure is an event of the workspace, so the user is read from its payload.
     */
    private List<UUID> ownersWhoseErasureIsRecorded() {
        return jdbc
                .queryForList(
                        "SELECT DISTINCT aggregate_identifier FROM " + events + " WHERE payload_type IN (?, ?)"
                                + " UNION SELECT DISTINCT payload::jsonb ->> 'userId' FROM " + events
                                + " WHERE payload_type = ?",
                        String.class,
                        ClientErasedEvent.class.getName(),
                        SessionPurgedEvent.class.getName(),
                        UserErasedEvent.class.getName())
                .stream()
                .map(UUID::fromString)
                .toList();
    }

    /** Registered clients whose own key is destroyed in the vault while no erasure of theirs is stored. */
    private List<UUID> clientsErasedOnlyInTheVault() {
        return jdbc.queryForList(
                "SELECT k.owner_id FROM key_vault.data_keys k"
                        + " WHERE k.destroyed_at IS NOT NULL AND k.parent_id IS NULL"
                        + " AND EXISTS (SELECT 1 FROM " + events + " e WHERE e.aggregate_identifier = k.owner_id::text"
                        + " AND e.payload_type = ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM " + events
                        + " e WHERE e.aggregate_identifier = k.owner_id::text"
                        + " AND e.payload_type = ?) ORDER BY k.owner_id",
                UUID.class,
                ClientRegisteredEvent.class.getName(),
                ClientErasedEvent.class.getName());
    }

    private com.pazpaz.kernel.ids.WorkspaceId workspaceOf(UUID client) {
        DomainEventStream stream = eventStore.readEvents(client.toString());
        return ((ClientRegisteredEvent) stream.next().getPayload()).workspaceId();
    }

    /**
     * What a run did.
     *
     * @param keysDestroyed     keys of recorded erasures and purges that the restored vault still held
     * @param erasuresRecorded  ids of the clients whose erasure was recorded again
     * @param failed            ids of the clients whose erasure could not be recorded (run the step again)
     */
    record Report(int keysDestroyed, List<String> erasuresRecorded, List<String> failed) {}
}
