package com.pazpaz.command.client;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.kernel.client.ClientErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys an erased client's data keys, and those of its notes, in the transaction that stores the erasure:
 * the event is recorded if and only if the keys are gone (subscribing processor, like the user directory).
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class ClientKeyShredder {

    private final DataKeys dataKeys;

    ClientKeyShredder(DataKeys dataKeys) {
        this.dataKeys = dataKeys;
    }

    @EventHandler
    void on(ClientErasedEvent event) {
        dataKeys.destroy(event.clientId().value());
    }
}
