package com.pazpaz.command.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Body of {@code POST /api/v1/services} (behaviour.md §1.6); price and currency are optional, but together. */
record CreateServiceRequest(
        @NotNull @Size(min = 1, max = 255) String name,
        @Size(max = 5000) String description,
        @NotNull @Min(1) Integer defaultDurationMinutes,
        Boolean isActive,
        BigDecimal price,
        String currency) {}
