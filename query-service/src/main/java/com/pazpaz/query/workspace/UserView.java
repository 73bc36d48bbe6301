package com.pazpaz.query.workspace;

import java.time.Instant;
import java.util.UUID;

/**
 * A user as the API answers it: the reference's user fields (behaviour.md §1.2), role lower-case. An erased user
 * has {@code erased: true} and no e-mail or name (decision 268).
 */
record UserView(
        UUID id,
        UUID workspaceId,
        String email,
        String fullName,
        String role,
        boolean isActive,
        Instant createdAt,
        Instant updatedAt,
        boolean erased) {}
