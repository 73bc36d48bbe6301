package com.pazpaz.command.careplan;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The goals and interventions a plan has now, so that an id sent back names one of them: a goal keeps its
 * identity (and its progress history) across revisions, and an id of another plan or record is refused (422).
 * Each id may be sent once per request.
 */
final class PlanItems {

    private final Set<UUID> goals;
    private final Set<UUID> interventions;
    private final Set<UUID> used = new HashSet<>();

    PlanItems(Set<UUID> goals, Set<UUID> interventions) {
        this.goals = Set.copyOf(goals);
        this.interventions = Set.copyOf(interventions);
    }

    static PlanItems none() {
        return new PlanItems(Set.of(), Set.of());
    }

    UUID goalId(UUID sent) {
        return idFor(sent, goals, "goals");
    }

    UUID interventionId(UUID sent) {
        return idFor(sent, interventions, "interventions");
    }

    private UUID idFor(UUID sent, Set<UUID> known, String field) {
        if (sent == null) {
            return UUID.randomUUID();
        }
        if (!known.contains(sent) || !used.add(sent)) {
            throw new ValidationFailedException(
                    List.of(new FieldProblem(field, "id must name one of this plan's " + field + ", once")));
        }
        return sent;
    }
}
