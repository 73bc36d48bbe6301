package com.pazpaz.command.client;

import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Answers from the client's own first event, which is strongly consistent: a client exists once its
 * registration is stored, and its workspace never changes. No read model is consulted.
 */
@Component
class EventStoreClientLookup implements ClientLookup {

    private final EventStore eventStore;

    EventStoreClientLookup(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean existsInWorkspace(ClientId clientId, WorkspaceId workspaceId) {
        DomainEventStream events = eventStore.readEvents(clientId.toString());
        return events.hasNext()
                && events.next().getPayload() instanceof ClientRegisteredEvent registered
                && registered.workspaceId().equals(workspaceId);
    }
}
