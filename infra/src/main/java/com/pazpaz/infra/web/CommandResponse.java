package com.pazpaz.infra.web;

import java.util.UUID;

/**
 * The body of every successful command: the record, its version after the command (for If-Match) and the
 * global event position the command produced (for {@code X-Consistency-Position} on queries).
 */
public record CommandResponse(UUID id, long version, long position) {}
