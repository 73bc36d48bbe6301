package com.pazpaz.query.audit;

import com.pazpaz.infra.access.AccessRecords;
import com.pazpaz.infra.messaging.RequestMetadataSource;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.audit.PhiAccessedEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records reads of PHI in the event store. Called before the data is returned and synchronously: if the
 * record cannot be written the read fails, so no read of PHI goes unrecorded, also under load. Concurrent readers'
 * records share one commit ({@link AccessRecordWriter}); each read still waits for its own record to be durable.
 * A handler describes its read here (operation, counts); {@link PhiReadGuard} records the reads of a
 * {@code PhiEndpoint} that describes none, so an endpoint cannot answer PHI unrecorded.
 */
@Component
public class AccessAudit {

    private final AccessRecordWriter writer;
    private final RequestMetadataSource requestMetadata;

    AccessAudit(AccessRecordWriter writer, RequestMetadataSource requestMetadata) {
        this.writer = writer;
        this.requestMetadata = requestMetadata;
    }

    /**
     * Records that the actor read one record ({@code resourceId}) or a list/search (null), and returns once the
     * record is committed: the data may leave only then. Never in the caller's transaction (reads may run in
     * read-only ones); the metadata is taken here, on the request's thread.
     */
    public void recordRead(
            Actor actor, String resourceType, UUID resourceId, String operation, Map<String, Object> details) {
        PhiAccessedEvent read =
                new PhiAccessedEvent(actor.requireWorkspace(), resourceType, resourceId, operation, details);
        writer.appendDurably(AccessRecords.of(read, actor, requestMetadata));
        PhiReadGuard.recorded();
    }

    /** Records that the actor read one record as it stood at {@code asOf}, rebuilt from its events. */
    public void recordReadAsOf(Actor actor, String resourceType, UUID resourceId, Instant asOf) {
        recordRead(actor, resourceType, resourceId, "read_as_of", Map.of("as_of", asOf.toString()));
    }
}
