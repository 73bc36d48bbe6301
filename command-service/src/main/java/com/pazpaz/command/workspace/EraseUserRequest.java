package com.pazpaz.command.workspace;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/users/{id}/erase}: the user's id typed again, so that an erasure, which cannot be
 * undone, never happens by a slip of the wrong URL.
 */
record EraseUserRequest(@NotNull UUID confirm) {}
