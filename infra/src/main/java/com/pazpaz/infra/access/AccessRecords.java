package com.pazpaz.infra.access;

import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.infra.messaging.RequestMetadataSource;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.WorkspaceScoped;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

/** The one shape of an access record: the fact, with who (the actor) and from where (the request) as metadata. */
public final class AccessRecords {

    private AccessRecords() {}

    /** Taken on the request's thread: the request metadata is read from it. */
    public static EventMessage<?> of(WorkspaceScoped fact, Actor actor, RequestMetadataSource request) {
        Map<String, Object> metadata = new HashMap<>(request.currentRequestMetadata());
        metadata.put(MetadataKeys.USER_ID, actor.userId().toString());
        metadata.put(MetadataKeys.WORKSPACE_ID, fact.workspaceId().toString());
        return GenericEventMessage.asEventMessage(fact).andMetaData(metadata);
    }
}
