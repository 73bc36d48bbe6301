package com.pazpaz.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One row of the audit trail as the API answers it (behaviour.md §1.11, with D4 fixed). */
record AuditEventView(
        UUID id,
        UUID workspaceId,
        UUID userId,
        String eventType,
        String resourceType,
        UUID resourceId,
        String action,
        String ipAddress,
        String userAgent,
        JsonNode metadata,
        Instant createdAt) {}
