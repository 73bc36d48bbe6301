package com.pazpaz.kernel.careplan;

import com.pazpaz.kernel.crypto.EncryptedValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The whole content of a plan as it stands after an event: every event that sets content carries all of it, so
 * the projector and the point-in-time answer never need an earlier event to know the plan.
 */
public record CarePlanContent(
        EncryptedValue problemStatement,
        EncryptedValue diagnosis,
        List<CarePlanGoal> goals,
        List<CarePlanIntervention> interventions,
        LocalDate reviewDate) {

    public CarePlanContent {
        Objects.requireNonNull(problemStatement, "problem statement");
        goals = goals == null ? List.of() : List.copyOf(goals);
        interventions = interventions == null ? List.of() : List.copyOf(interventions);
    }

    public boolean hasGoal(UUID goalId) {
        return goals.stream().anyMatch(goal -> goal.goalId().equals(goalId));
    }
}
