package com.pazpaz.command.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Body of {@code POST /api/v1/sessions/{id}/goal-progress}: which goal of the client's plan, and the progress. */
record GoalProgressRequest(
        @NotNull UUID carePlanId,
        @NotNull UUID goalId,
        @NotBlank @Size(max = 2000) String note,
        @Size(max = 200) String measure) {}
