package com.pazpaz.command.common;

import com.pazpaz.infra.eventstore.EventStoreProperties;
import com.pazpaz.kernel.common.RecordNotFoundException;
import com.pazpaz.kernel.ids.TypedId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one home of the wall between practices on the command side (decision 176): another practice's record is
 * "not found" before any other check, so that no answer (a version in a 412, a 410 for an erased record, a rule
 * about its notes) can tell a caller that it exists. The record's practice is the {@code workspaceId} of its
 * first event, read through the event store's primary key; aggregates keep their own check as well.
 */
@Component
public class RecordOwners {

    private final JdbcTemplate jdbc;
    private final String ownerSql;

    RecordOwners(JdbcTemplate jdbc, EventStoreProperties eventStore) {
        this.jdbc = jdbc;
        this.ownerSql = "SELECT " + eventStore.schema() + ".event_workspace(payload) FROM " + eventStore.schema()
                + ".domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0";
    }

    /** Throws {@link RecordNotFoundException} unless the record exists and belongs to {@code caller}. */
    public void requireOwnedBy(WorkspaceId caller, TypedId recordId) {
        if (!ownedBy(caller, recordId)) {
            throw new RecordNotFoundException();
        }
    }

    /** Whether the record exists and belongs to {@code caller}. */
    public boolean ownedBy(WorkspaceId caller, TypedId recordId) {
        return caller != null
                && workspaceOf(recordId.toString())
                        .filter(caller.value()::equals)
                        .isPresent();
    }

    private Optional<UUID> workspaceOf(String aggregateIdentifier) {
        List<UUID> owners = jdbc.queryForList(ownerSql, UUID.class, aggregateIdentifier);
        return owners.stream().findFirst();
    }
}
