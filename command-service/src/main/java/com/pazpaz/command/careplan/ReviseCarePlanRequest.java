package com.pazpaz.command.careplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /care-plans/{id}/revise}: the whole plan afterwards and why it changed. */
record ReviseCarePlanRequest(
        @NotNull @Valid CarePlanRequest plan,
        @NotBlank @Size(max = 500) String reason) {}
