package com.pazpaz.command.workspace;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.kernel.workspace.StaffEncryption;
import com.pazpaz.kernel.workspace.UserErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys an erased user's data key in the transaction that stores the erasure: the event is recorded if and only
 * if the key is gone (subscribing processor, like the user directory).
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class StaffKeyShredder {

    private final DataKeys dataKeys;

    StaffKeyShredder(DataKeys dataKeys) {
        this.dataKeys = dataKeys;
    }

    @EventHandler
    void on(UserErasedEvent event) {
        dataKeys.destroy(StaffEncryption.keyOwner(event.userId()));
    }
}
