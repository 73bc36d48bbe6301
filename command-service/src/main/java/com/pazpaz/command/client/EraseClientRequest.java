package com.pazpaz.command.client;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/clients/{id}/erase}: the client's id typed again, so that an erasure, which
 * cannot be undone, never happens by a slip of the wrong URL.
 */
record EraseClientRequest(@NotNull UUID confirm) {}
