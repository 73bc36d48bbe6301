package com.pazpaz.query.careplan;

import java.time.Instant;
import java.util.UUID;

/** One recorded revision of an active plan: who, when, why. */
record RevisionView(UUID id, int revisionNumber, UUID revisedByUserId, Instant revisedAt, String reason) {}
