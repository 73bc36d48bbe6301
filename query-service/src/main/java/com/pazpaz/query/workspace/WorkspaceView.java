package com.pazpaz.query.workspace;

import java.time.Instant;
import java.util.UUID;

/** A practice as the API answers it (schema.md §2.1 without its storage, which has its own endpoint). */
record WorkspaceView(UUID id, String name, boolean isActive, Instant createdAt, Instant updatedAt) {}
