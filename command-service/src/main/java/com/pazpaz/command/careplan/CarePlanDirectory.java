package com.pazpaz.command.careplan;

import com.pazpaz.command.common.CommandLookups;
import com.pazpaz.command.session.PlanGoals;
import com.pazpaz.kernel.careplan.CarePlanContent;
import com.pazpaz.kernel.careplan.CarePlanCreatedEvent;
import com.pazpaz.kernel.careplan.CarePlanDraftSavedEvent;
import com.pazpaz.kernel.careplan.CarePlanGoal;
import com.pazpaz.kernel.careplan.CarePlanIntervention;
import com.pazpaz.kernel.careplan.CarePlanRevisedEvent;
import com.pazpaz.kernel.ids.CarePlanId;
import com.pazpaz.kernel.ids.ClientId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Command-side directory of plans of care, kept in the same transaction as their events: the client a plan
 * belongs to (whose key encrypts it, needed before a command is sent) and the ids of its current goals and
 * interventions (which ids a request may send back, and which goals a note may record progress toward).
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
class CarePlanDirectory implements PlanGoals {

    static final String GOAL = "GOAL";
    static final String INTERVENTION = "INTERVENTION";

    private final JdbcTemplate jdbc;

    CarePlanDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CarePlanCreatedEvent event) {
        jdbc.update(
                "INSERT INTO command_model.care_plan_directory (care_plan_id, workspace_id, client_id)"
                        + " VALUES (?, ?, ?)",
                event.carePlanId().value(),
                event.workspaceId().value(),
                event.clientId().value());
        replaceItems(event.carePlanId(), event.content());
    }

    @EventHandler
    void on(CarePlanDraftSavedEvent event) {
        replaceItems(event.carePlanId(), event.content());
    }

    @EventHandler
    void on(CarePlanRevisedEvent event) {
        replaceItems(event.carePlanId(), event.content());
    }

    /** The client of a plan in this workspace; empty for a plan that does not exist there. */
    Optional<ClientId> clientOf(CarePlanId planId, WorkspaceId workspaceId) {
        return jdbc
                .query(
                        "SELECT client_id FROM command_model.care_plan_directory"
                                + " WHERE care_plan_id = ? AND workspace_id = ?",
                        (rs, n) -> ClientId.of(rs.getObject(1, UUID.class)),
                        planId.value(),
                        workspaceId.value())
                .stream()
                .findFirst();
    }

    PlanItems itemsOf(CarePlanId planId) {
        Set<UUID> goals = new HashSet<>();
        Set<UUID> interventions = new HashSet<>();
        jdbc.query(
                "SELECT item_id, kind FROM command_model.care_plan_items WHERE care_plan_id = ?",
                rs -> {
                    (GOAL.equals(rs.getString(2)) ? goals : interventions).add(rs.getObject(1, UUID.class));
                },
                planId.value());
        return new PlanItems(goals, interventions);
    }

    /** Whether the goal is a current goal of one of the client's plans in this workspace. */
    @Override
    public boolean isGoalOf(UUID carePlanId, UUID goalId, ClientId clientId, WorkspaceId workspaceId) {
        Integer found = jdbc.queryForObject(
                "SELECT count(*) FROM command_model.care_plan_items i"
                        + " JOIN command_model.care_plan_directory d ON d.care_plan_id = i.care_plan_id"
                        + " WHERE i.care_plan_id = ? AND i.item_id = ? AND i.kind = ? AND d.client_id = ?"
                        + " AND d.workspace_id = ?",
                Integer.class,
                carePlanId,
                goalId,
                GOAL,
                clientId.value(),
                workspaceId.value());
        return found != null && found > 0;
    }

    private void replaceItems(CarePlanId planId, CarePlanContent content) {
        jdbc.update("DELETE FROM command_model.care_plan_items WHERE care_plan_id = ?", planId.value());
        List<Object[]> rows = new java.util.ArrayList<>();
        for (CarePlanGoal goal : content.goals()) {
            rows.add(new Object[] {goal.goalId(), planId.value(), GOAL});
        }
        for (CarePlanIntervention item : content.interventions()) {
            rows.add(new Object[] {item.interventionId(), planId.value(), INTERVENTION});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO command_model.care_plan_items (item_id, care_plan_id, kind)" + " VALUES (?, ?, ?)",
                    rows);
        }
    }
}
