package com.pazpaz.command.series;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Body of {@code POST /api/v1/appointment-series/{id}/cancel}: occurrences starting at or after {@code from}. */
record CancelSeriesRequest(@NotNull Instant from) {}
