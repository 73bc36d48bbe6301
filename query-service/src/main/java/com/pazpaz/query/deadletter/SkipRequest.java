package com.pazpaz.query.deadletter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Which letter to skip (the practice's first; naming it guards against skipping one that arrived meanwhile) and
 * why: a reason code and an optional ticket reference, never free text, so that no PHI is typed into the audit.
 */
record SkipRequest(
        @NotNull @PositiveOrZero Long position,

        @NotNull
        @Pattern(
                regexp = "projector-defect|invalid-event|superseded|other",
                message = "must be one of projector-defect, invalid-event, superseded, other")
        String reason,

        @Pattern(
                regexp = "[A-Za-z0-9._:#/-]{1,64}",
                message = "must be a ticket reference: 1 to 64 letters, digits or . _ : # / -")
        String ticket) {}
