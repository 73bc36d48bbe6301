package com.pazpaz.query.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A service as the API answers it (behaviour.md §1.6), with its price and currency (both null: no price). */
record ServiceView(
        UUID id,
        UUID workspaceId,
        String name,
        String description,
        int defaultDurationMinutes,
        boolean isActive,
        Instant createdAt,
        Instant updatedAt,
        BigDecimal price,
        String currency) {}
