package com.pazpaz.command.careplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole content of a plan of care, as {@code POST /clients/{id}/care-plans} and {@code PUT /care-plans/{id}}
 * take it. A goal or intervention sent with its {@code id} is the same one as before (its progress history stays
 * attached); one without an id is new.
 */
record CarePlanRequest(
        @NotBlank @Size(max = MAX_TEXT) String problemStatement,
        @Size(max = MAX_TEXT) String diagnosis,
        @Valid @Size(max = MAX_ITEMS) List<@NotNull GoalRequest> goals,
        @Valid @Size(max = MAX_ITEMS) List<@NotNull InterventionRequest> interventions,
        LocalDate reviewDate) {

    static final int MAX_TEXT = 5000;
    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM_TEXT = 2000;

    List<GoalRequest> goalsOrEmpty() {
        return goals == null ? List.of() : goals;
    }

    List<InterventionRequest> interventionsOrEmpty() {
        return interventions == null ? List.of() : interventions;
    }

    /** One measurable goal; {@code status} lower-case as everywhere in JSON (default active). */
    record GoalRequest(
            UUID id,
            @NotBlank @Size(max = MAX_ITEM_TEXT) String description,
            LocalDate targetDate,

            @Pattern(regexp = "active|met|discontinued", message = "must be active, met or discontinued")
            String status,

            @Size(max = MAX_ITEM_TEXT) String baseline,
            @Size(max = MAX_ITEM_TEXT) String currentMeasure) {}

    /** What will be done, and how often. */
    record InterventionRequest(
            UUID id,
            @NotBlank @Size(max = MAX_ITEM_TEXT) String description,
            @Size(max = MAX_ITEM_TEXT) String frequency) {}
}
