package com.pazpaz.query.session;

import java.time.Instant;
import java.util.UUID;

/** A version of a finalized note (behaviour.md §1.8 SessionVersionResponse). */
record SessionVersionView(
        UUID id,
        UUID sessionId,
        int versionNumber,
        String subjective,
        String objective,
        String assessment,
        String plan,
        Instant createdAt,
        UUID createdByUserId) {}
