package com.pazpaz.query.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan of care as the API answers it. {@code status} is lower-case; {@code version} is the record version for
 * If-Match. {@code erased}: the client was erased, so every text field is null (its key is destroyed).
 */
record CarePlanView(
        UUID id,
        UUID workspaceId,
        UUID clientId,
        String status,
        String problemStatement,
        String diagnosis,
        LocalDate reviewDate,
        List<Goal> goals,
        List<Intervention> interventions,
        String closeReason,
        int revisionCount,
        int version,
        UUID createdByUserId,
        Instant createdAt,
        Instant updatedAt,
        Instant activatedAt,
        Instant closedAt,
        boolean erased) {

    record Goal(
            UUID id, String description, LocalDate targetDate, String status, String baseline, String currentMeasure) {}

    record Intervention(UUID id, String description, String frequency) {}
}
