package com.pazpaz.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pazpaz.kernel.audit.AuditHistoryImportedEvent;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference's own audit trail ({@code audit_events}), appended as imported audit history: one
 * {@link AuditHistoryImportedEvent} per row, with its id, actor, action, resource, origin and time, its metadata
 * without free text ({@link ReferenceAuditDetails}). Imported last, so that its actors are members here.
 */
final class AuditImport {

    private static final String TABLE = "audit_events";
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private final JdbcTemplate reference;
    private final ImportSteps steps;
    private final ImportedPractices practices;
    private final ObjectMapper json = new ObjectMapper();

    AuditImport(JdbcTemplate reference, ImportSteps steps, ImportedPractices practices) {
        this.reference = reference;
        this.steps = steps;
        this.practices = practices;
    }

    void importAll() {
        ReferenceTable.of(reference, steps, practices, TABLE).importEach(this::auditRow);
    }

    private BooleanSupplier auditRow(ReferenceTable.Row row) throws SQLException {
        ResultSet rs = row.columns();
        UUID recordedActor = row.uuid("user_id");
        UUID actor = practices.memberOrNull(row.workspaceId(), recordedActor);
        Map<String, Object> details;
        try {
            details = details(rs.getString("metadata"), recordedActor, actor);
        } catch (JsonProcessingException e) {
            return row.skipped("its metadata is not a JSON object");
        }
        Instant at = row.time("created_at");
        AuditHistoryImportedEvent event = new AuditHistoryImportedEvent(
                WorkspaceId.of(row.workspaceId()),
                row.id(),
                actor == null ? null : UserId.of(actor),
                rs.getString("event_type"),
                rs.getString("resource_type"),
                row.uuid("resource_id"),
                rs.getString("action"),
                rs.getString("ip_address"),
                rs.getString("user_agent"),
                details,
                at,
                ImportSteps.IMPORTED_FROM_REFERENCE);
        return () -> row.append("recorded", actor, at, () -> event);
    }

    /** The metadata kept; an actor who is no member here (deleted, or of another practice) is named by id only. */
    private Map<String, Object> details(String metadata, UUID recordedActor, UUID actor)
            throws JsonProcessingException {
        Map<String, Object> original = metadata == null ? null : json.readValue(metadata, JSON_OBJECT);
        if (original == null) {
            original = Map.of();
        }
        Map<String, Object> details = new HashMap<>(ReferenceAuditDetails.of(original));
        if (recordedActor != null && actor == null) {
            details.put("original_user_id", recordedActor.toString());
        }
        return details;
    }
}
