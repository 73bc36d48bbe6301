package com.pazpaz.query.client;

import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.query.common.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code clients} in step with the client events; ciphertext is copied, never decrypted here. */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class ClientProjector {

    private final ClientRows clients;
    private final DataKeys dataKeys;

    ClientProjector(ClientRows clients, DataKeys dataKeys) {
        this.clients = clients;
        this.dataKeys = dataKeys;
    }

    @EventHandler
    void on(ClientRegisteredEvent event) {
        ClientRow row = new ClientRow(event.clientId().value(), event.workspaceId().value(), event.active(),
                event.registeredAt());
        row.apply(event.details(), event.registeredAt());
        clients.save(row);
    }

    @EventHandler
    void on(ClientDetailsRevisedEvent event) {
        row(event.clientId()).apply(event.details(), event.revisedAt());
    }

    @EventHandler
    void on(ClientArchivedEvent event) {
        row(event.clientId()).setActive(false, event.archivedAt());
    }

    @EventHandler
    void on(ClientReactivatedEvent event) {
        row(event.clientId()).setActive(true, event.reactivatedAt());
    }

    /**
     * The row keeps its ciphertext, unreadable now that the keys are destroyed; this service's cached keys are
     * dropped so that reads at this position already answer with the erased marker.
     */
    @EventHandler
    void on(ClientErasedEvent event) {
        dataKeys.forgetCachedKeys();
        row(event.clientId()).touch(event.erasedAt());
    }

    private ClientRow row(ClientId clientId) {
        return clients.findById(clientId.value())
                .orElseThrow(() -> new IllegalStateException("Event for unknown client " + clientId));
    }
}
