package com.pazpaz.query.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A note as the API answers it (behaviour.md §1.8 SessionResponse). {@code attachment_count} counts its files that
 * are not deleted; {@code version} counts as the reference does (R-SES-5).
 */
record SessionView(
        UUID id,
        UUID workspaceId,
        UUID clientId,
        UUID appointmentId,
        UUID createdByUserId,
        String subjective,
        String objective,
        String assessment,
        String plan,
        Instant sessionDate,
        Integer durationMinutes,
        boolean isDraft,
        Instant draftLastSavedAt,
        Instant finalizedAt,
        Instant amendedAt,
        int amendmentCount,
        int version,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        String deletedReason,
        UUID deletedByUserId,
        Instant permanentDeleteAfter,
        int attachmentCount) {}
