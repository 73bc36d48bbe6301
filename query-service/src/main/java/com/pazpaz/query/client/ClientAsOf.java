package com.pazpaz.query.client;

import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.common.RecordNotFoundException;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A client as it stood at an instant, rebuilt from its events rather than read from the table: answers "what did
 * this record say on 3 March?" for an auditor.
 */
@Component
class ClientAsOf {

    private final EventStore eventStore;

    ClientAsOf(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The row as of {@code instant}; not found if the client did not exist yet or belongs to another workspace. */
    ClientRow at(UUID clientId, UUID workspaceId, Instant instant) {
        ClientRow row = null;
        DomainEventStream events = eventStore.readEvents(clientId.toString());
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(instant)) {
                break;
            }
            row = apply(row, event.getPayload());
        }
        if (row == null || !row.workspaceId().equals(workspaceId)) {
            throw new RecordNotFoundException();
        }
        return row;
    }

    private static ClientRow apply(ClientRow row, Object event) {
        if (event instanceof ClientRegisteredEvent registered) {
            ClientRow created = new ClientRow(registered.clientId().value(), registered.workspaceId().value(),
                    registered.active(), registered.registeredAt());
            created.apply(registered.details(), registered.registeredAt());
            return created;
        }
        if (row == null) {
            return null;
        }
        if (event instanceof ClientDetailsRevisedEvent revised) {
            row.apply(revised.details(), revised.revisedAt());
        } else if (event instanceof ClientArchivedEvent archived) {
            row.setActive(false, archived.archivedAt());
        } else if (event instanceof ClientReactivatedEvent reactivated) {
            row.setActive(true, reactivated.reactivatedAt());
        }
        return row;
    }
}
