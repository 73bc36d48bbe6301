package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One measurable goal of a plan. Its id stays the same across revisions, so that the progress notes record
 * toward it stay attached. Description, baseline and current measure are ciphertext bound to the goal's row.
 */
public record CarePlanGoal(
        UUID goalId,
        EncryptedValue description,
        LocalDate targetDate,
        GoalStatus status,
        EncryptedValue baseline,
        EncryptedValue currentMeasure) {

    public CarePlanGoal {
        Objects.requireNonNull(goalId, "goal id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
    }
}
