package com.pazpaz.query.careplan;

import java.time.Instant;
import java.util.UUID;

/** One progress entry toward a goal, from the note that recorded it; texts null once the note's key is gone. */
record GoalProgressView(
        UUID id, UUID sessionId, UUID recordedByUserId, Instant recordedAt, String note, String measure) {}
