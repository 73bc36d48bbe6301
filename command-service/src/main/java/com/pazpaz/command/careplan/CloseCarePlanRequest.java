package com.pazpaz.command.careplan;

import com.pazpaz.kernel.careplan.CarePlanStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** Body of {@code POST /care-plans/{id}/close}: how the plan ended and why. */
record CloseCarePlanRequest(
        @NotNull @Pattern(regexp = "completed|discontinued", message = "must be completed or discontinued")
        String status,

        @NotBlank @Size(max = 500) String reason) {

    CarePlanStatus outcome() {
        return CarePlanStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }
}
