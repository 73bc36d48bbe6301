package com.pazpaz.query.client;

import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.kernel.client.ClientArchivedEvent;
import com.pazpaz.kernel.client.ClientDetailsRevisedEvent;
import com.pazpaz.kernel.client.ClientErasedEvent;
import com.pazpaz.kernel.client.ClientReactivatedEvent;
import com.pazpaz.kernel.client.ClientRegisteredEvent;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code clients} in step with the client events; ciphertext is copied, never decrypted here. Each event is
 * folded into its row ({@link ClientRowEvolution}); the batch's rows are written when it commits.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class ClientProjector {

    private final ReadModelRows rows;
    private final DataKeys dataKeys;

    ClientProjector(ReadModelRows rows, DataKeys dataKeys) {
        this.rows = rows;
        this.dataKeys = dataKeys;
    }

    @EventHandler
    void on(ClientRegisteredEvent event) {
        rows.apply(ClientRow.TABLE, event);
    }

    @EventHandler
    void on(ClientDetailsRevisedEvent event) {
        rows.apply(ClientRow.TABLE, event);
    }

    @EventHandler
    void on(ClientArchivedEvent event) {
        rows.apply(ClientRow.TABLE, event);
    }

    @EventHandler
    void on(ClientReactivatedEvent event) {
        rows.apply(ClientRow.TABLE, event);
    }

    /**
     * The row keeps its ciphertext, unreadable now that the keys are destroyed; this service's cached keys are
     * dropped so that reads at this position already answer with the erased marker.
     */
    @EventHandler
    void on(ClientErasedEvent event) {
        dataKeys.forgetCachedKeys();
        rows.apply(ClientRow.TABLE, event);
    }
}
