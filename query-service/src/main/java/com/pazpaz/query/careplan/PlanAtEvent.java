package com.pazpaz.query.careplan;

import com.pazpaz.kernel.careplan.CarePlanContent;
import com.pazpaz.kernel.careplan.CarePlanCreatedEvent;
import com.pazpaz.kernel.careplan.CarePlanDraftSavedEvent;
import com.pazpaz.kernel.careplan.CarePlanRevisedEvent;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A plan as it stood after some event, rebuilt in memory with the projector's own fold: the row, and the goal and
 * intervention rows of the content the latest content event carried.
 */
record PlanAtEvent(CarePlanRow row, List<GoalRow> goals, List<InterventionRow> interventions) {

    static final PlanAtEvent NONE = new PlanAtEvent(null, List.of(), List.of());

    PlanAtEvent next(Object event) {
        CarePlanRow nextRow = CarePlanRowEvolution.apply(row, event);
        CarePlanContent content = contentOf(event);
        if (content == null || nextRow == null) {
            return new PlanAtEvent(nextRow, goals, interventions);
        }
        return new PlanAtEvent(
                nextRow,
                IntStream.range(0, content.goals().size())
                        .mapToObj(i -> GoalRow.of(nextRow.id, i, content.goals().get(i)))
                        .toList(),
                IntStream.range(0, content.interventions().size())
                        .mapToObj(i -> InterventionRow.of(
                                nextRow.id, i, content.interventions().get(i)))
                        .toList());
    }

    /** The content an event sets, or null when it sets none. */
    static CarePlanContent contentOf(Object event) {
        if (event instanceof CarePlanCreatedEvent e) {
            return e.content();
        }
        if (event instanceof CarePlanDraftSavedEvent e) {
            return e.content();
        }
        return event instanceof CarePlanRevisedEvent e ? e.content() : null;
    }
}
