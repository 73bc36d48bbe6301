package com.pazpaz.query.service;

import java.time.Instant;
import java.util.UUID;

/** A service as the API answers it (behaviour.md §1.6). */
record ServiceView(
        UUID id,
        UUID workspaceId,
        String name,
        String description,
        int defaultDurationMinutes,
        boolean isActive,
        Instant createdAt,
        Instant updatedAt) {
}
