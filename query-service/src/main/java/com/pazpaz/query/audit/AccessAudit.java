package com.pazpaz.query.audit;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.messaging.RequestMetadataSource;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.audit.PhiAccessedEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records reads of PHI in the event store. Called before the data is returned and synchronously: if the
 * record cannot be written the read fails, so no read of PHI goes unrecorded, also under load.
 */
@Component
public class AccessAudit {

    private final EventStore eventStore;
    private final RequestMetadataSource requestMetadata;

    AccessAudit(EventStore eventStore, RequestMetadataSource requestMetadata) {
        this.eventStore = eventStore;
        this.requestMetadata = requestMetadata;
    }

    /**
     * Records that the actor read one record ({@code resourceId}) or a list/search (null). Its own transaction:
     * reads run in read-only ones, and the record must be committed before the data leaves.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(Actor actor, String resourceType, UUID resourceId, String operation,
                           Map<String, Object> details) {
        Map<String, Object> metadata = new HashMap<>(requestMetadata.currentRequestMetadata());
        metadata.put(MetadataKeys.USER_ID, actor.userId().toString());
        metadata.put(MetadataKeys.WORKSPACE_ID, actor.requireWorkspace().toString());
        eventStore.publish(GenericEventMessage.asEventMessage(
                new PhiAccessedEvent(actor.requireWorkspace(), resourceType, resourceId, operation, details))
                .andMetaData(metadata));
    }
}
