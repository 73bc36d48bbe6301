package com.pazpaz.query.careplan;

import com.pazpaz.kernel.careplan.CarePlanActivatedEvent;
import com.pazpaz.kernel.careplan.CarePlanClosedEvent;
import com.pazpaz.kernel.careplan.CarePlanContent;
import com.pazpaz.kernel.careplan.CarePlanCreatedEvent;
import com.pazpaz.kernel.careplan.CarePlanDraftSavedEvent;
import com.pazpaz.kernel.careplan.CarePlanRevisedEvent;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.session.SessionGoalProgressRecordedEvent;
import com.pazpaz.query.common.ReadModel;
import com.pazpaz.query.common.ReadModelRows;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code care_plans} and its child tables in step with the plan events, through the batch writer. The plan
 * row follows {@link CarePlanRowEvolution}; goals and interventions are the content's, replaced whole whenever
 * the content changes; each revision adds its row, and each goal-progress entry of a note its own. Ciphertext is copied, never decrypted here.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
class CarePlanProjector {

    private static final String DELETE_GOALS = "DELETE FROM care_plan_goals WHERE care_plan_id = ?";
    private static final String DELETE_INTERVENTIONS = "DELETE FROM care_plan_interventions WHERE care_plan_id = ?";

    private final ReadModelRows rows;

    CarePlanProjector(ReadModelRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(CarePlanCreatedEvent event) {
        rows.apply(CarePlanRow.TABLE, event);
        putItems(event.carePlanId(), event.content());
    }

    @EventHandler
    void on(CarePlanDraftSavedEvent event) {
        rows.apply(CarePlanRow.TABLE, event);
        replaceItems(event.carePlanId(), event.content());
    }

    @EventHandler
    void on(CarePlanActivatedEvent event) {
        rows.apply(CarePlanRow.TABLE, event);
    }

    @EventHandler
    void on(CarePlanRevisedEvent event) {
        rows.apply(CarePlanRow.TABLE, event);
        rows.put(RevisionRow.TABLE, RevisionRow.of(event));
        replaceItems(event.carePlanId(), event.content());
    }

    @EventHandler
    void on(CarePlanClosedEvent event) {
        rows.apply(CarePlanRow.TABLE, event);
    }

    /** A note's progress toward a goal: written after the plan and the note, by the tables' key order. */
    @EventHandler
    void on(SessionGoalProgressRecordedEvent event) {
        rows.put(ProgressRow.TABLE, ProgressRow.of(event));
    }

    /** Ordered deletes first (they write what is pending), then the new rows, written with the batch. */
    private void replaceItems(CarePlanId planId, CarePlanContent content) {
        rows.execute(DELETE_GOALS, planId.value());
        rows.execute(DELETE_INTERVENTIONS, planId.value());
        putItems(planId, content);
    }

    private void putItems(CarePlanId planId, CarePlanContent content) {
        UUID plan = planId.value();
        for (int i = 0; i < content.goals().size(); i++) {
            rows.put(GoalRow.TABLE, GoalRow.of(plan, i, content.goals().get(i)));
        }
        for (int i = 0; i < content.interventions().size(); i++) {
            rows.put(
                    InterventionRow.TABLE,
                    InterventionRow.of(plan, i, content.interventions().get(i)));
        }
    }
}
