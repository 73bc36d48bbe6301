package com.pazpaz.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.infra.messaging.MetadataKeys;
import com.pazpaz.kernel.audit.AuditHistoryImportedEvent;
import com.pazpaz.kernel.audit.DeadLetterSkippedEvent;
import com.pazpaz.kernel.audit.PhiAccessRefusedEvent;
import com.pazpaz.kernel.audit.PhiAccessedEvent;
import com.pazpaz.kernel.audit.TokenMintedEvent;
import com.pazpaz.kernel.common.WorkspaceScoped;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Projects every event into {@code audit_events} (schema.md §2.10): one row per event, its id the event's id,
 * who and from where taken from the event's metadata, never anything from the payload but ids. The rows of a batch
 * are appended in one statement after the batch's other rows, so that the workspace and user they refer to exist,
 * whichever handler ran first.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class AuditProjector {

    private final ReadModelRows rows;
    private final ObjectMapper json = new ObjectMapper();

    AuditProjector(ReadModelRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(WorkspaceScoped payload, EventMessage<?> event) {
        rows.append(AuditRow.INSERT, row(payload, event));
    }

    private AuditRow row(WorkspaceScoped payload, EventMessage<?> event) {
        AuditClassification audit = AuditClassification.of(event);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("event", AuditClassification.fact(event.getPayloadType()));
        copy(event, MetadataKeys.CORRELATION_ID, "correlation_id", metadata);
        copy(event, MetadataKeys.CAUSATION_ID, "causation_id", metadata);
        copy(event, MetadataKeys.USER_ID, "actor_user_id", metadata);
        // an imported record's history (docs/import.md): marked, with the reference's own time of the act
        copy(event, MetadataKeys.IMPORTED_FROM, "imported_from", metadata);
        copy(event, MetadataKeys.ORIGINAL_TIME, "original_time", metadata);
        if (payload instanceof PhiAccessedEvent read) {
            metadata.put("operation", read.operation());
            metadata.putAll(read.details());
        } else if (payload instanceof PhiAccessRefusedEvent refused) {
            metadata.put("reason", refused.reason());
            metadata.put("route", refused.request()); // a pattern, no values; the sanitiser drops one naming a plan
        } else if (payload instanceof TokenMintedEvent minted) {
            metadata.put("minted_by", minted.mintedBy().toString());
            metadata.put("token_id", minted.tokenId().toString());
            metadata.put("expires_at", minted.expiresAt().toString());
        } else if (payload instanceof AuditHistoryImportedEvent imported) {
            return importedRow(imported, event, audit, metadata);
        } else if (payload instanceof DeadLetterSkippedEvent skipped) {
            metadata.put("skipped_position", skipped.position());
            metadata.put("skipped_event", skipped.eventType());
            metadata.put("reason", skipped.reason());
            if (skipped.ticket() != null) {
                metadata.put("ticket", skipped.ticket());
            }
        }
        return new AuditRow(
                UUID.fromString(event.getIdentifier()),
                payload.workspaceId().value(),
                uuid(event, MetadataKeys.USER_ID),
                audit.eventType(),
                audit.resourceType(),
                audit.resourceId(),
                audit.action(),
                truncate(text(event, MetadataKeys.IP_ADDRESS), 45),
                text(event, MetadataKeys.USER_AGENT),
                toJson(AuditMetadataSanitizer.sanitize(metadata)),
                event.getTimestamp());
    }

    /**
     * Another system's audit row, as it recorded it: its id, actor, origin and time (not the import's), its
     * metadata after the importer's and the sanitiser's filtering, marked {@code imported_from}.
     */
    private AuditRow importedRow(
            AuditHistoryImportedEvent imported,
            EventMessage<?> event,
            AuditClassification audit,
            Map<String, Object> metadata) {
        metadata.putAll(imported.details());
        metadata.put("imported_from", imported.importedFrom());
        metadata.put("original_time", imported.occurredAt().toString());
        return new AuditRow(
                imported.originalId(),
                imported.workspaceId().value(),
                imported.actor() == null ? null : imported.actor().value(),
                audit.eventType(),
                audit.resourceType(),
                audit.resourceId(),
                audit.action(),
                truncate(imported.ipAddress(), 45),
                imported.userAgent(),
                toJson(AuditMetadataSanitizer.sanitize(metadata)),
                imported.occurredAt());
    }

    private static void copy(EventMessage<?> event, String key, String as, Map<String, Object> into) {
        Object value = event.getMetaData().get(key);
        if (value != null) {
            into.put(as, value.toString());
        }
    }

    private static String text(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static UUID uuid(EventMessage<?> event, String key) {
        String value = text(event, key);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private String toJson(Map<String, Object> metadata) {
        try {
            return metadata.isEmpty() ? null : json.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit metadata is not serialisable", e);
        }
    }
}
