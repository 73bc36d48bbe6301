package com.pazpaz.command.session;

import com.pazpaz.command.workspace.UserDirectory;
import com.pazpaz.infra.crypto.DataKeys;
import com.pazpaz.kernel.session.SessionPurgedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a purged note's data key in the transaction that records the purge: from then on its text in the
 * events, in Kafka and in any copy decrypts nowhere, while the rest of the client's record stays readable.
 */
@Component
@ProcessingGroup(UserDirectory.PROCESSING_GROUP)
class SessionKeyShredder {

    private final DataKeys dataKeys;

    SessionKeyShredder(DataKeys dataKeys) {
        this.dataKeys = dataKeys;
    }

    @EventHandler
    void on(SessionPurgedEvent event) {
        dataKeys.destroy(event.sessionId().value());
    }
}
