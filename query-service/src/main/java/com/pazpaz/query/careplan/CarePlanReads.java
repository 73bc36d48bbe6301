package com.pazpaz.query.careplan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read queries on the plan tables, always within the caller's workspace (another practice's plan is not
 * found). Each is one statement served by an index of docs/care-plans.md.
 */
@Component
class CarePlanReads {

    private final JdbcTemplate jdbc;

    CarePlanReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CarePlanRow> plan(UUID planId, UUID workspaceId) {
        return jdbc
                .query(
                        "SELECT " + CarePlanRow.COLUMNS + " FROM care_plans WHERE id = ? AND workspace_id = ?",
                        (rs, n) -> CarePlanRow.read(rs),
                        planId,
                        workspaceId)
                .stream()
                .findFirst();
    }

    /** ix_care_plans_client: the client's plans, oldest first. */
    List<CarePlanRow> plansOf(UUID clientId, UUID workspaceId) {
        return jdbc.query(
                "SELECT " + CarePlanRow.COLUMNS + " FROM care_plans WHERE workspace_id = ? AND client_id = ?"
                        + " ORDER BY created_at, id",
                (rs, n) -> CarePlanRow.read(rs),
                workspaceId,
                clientId);
    }

    /** ix_care_plans_due_for_review: active plans whose review date is on or before {@code date}, soonest first. */
    List<CarePlanRow> dueForReview(UUID workspaceId, LocalDate date, int limit, int offset) {
        return jdbc.query(
                "SELECT " + CarePlanRow.COLUMNS + " FROM care_plans WHERE workspace_id = ?"
                        + " AND status = 'ACTIVE' AND review_date <= ? ORDER BY review_date, id LIMIT ? OFFSET ?",
                (rs, n) -> CarePlanRow.read(rs),
                workspaceId,
                Date.valueOf(date),
                limit,
                offset);
    }

    long countDueForReview(UUID workspaceId, LocalDate date) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM care_plans WHERE workspace_id = ?"
                        + " AND status = 'ACTIVE' AND review_date <= ?",
                Long.class,
                workspaceId,
                Date.valueOf(date));
        return count == null ? 0 : count;
    }

    /** ix_care_plan_goals_plan. */
    List<GoalRow> goals(List<UUID> planIds) {
        return jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement("SELECT " + GoalRow.COLUMNS + " FROM care_plan_goals"
                            + " WHERE care_plan_id = ANY (?) ORDER BY care_plan_id, position");
                    statement.setArray(1, connection.createArrayOf("uuid", planIds.toArray()));
                    return statement;
                },
                (rs, n) -> GoalRow.read(rs));
    }

    /** ix_care_plan_interventions_plan. */
    List<InterventionRow> interventions(List<UUID> planIds) {
        return jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "SELECT " + InterventionRow.COLUMNS
                                    + " FROM care_plan_interventions WHERE care_plan_id = ANY (?) ORDER BY care_plan_id, position");
                    statement.setArray(1, connection.createArrayOf("uuid", planIds.toArray()));
                    return statement;
                },
                (rs, n) -> InterventionRow.read(rs));
    }

    /** uq_care_plan_revision_number: the plan's revisions, newest first. */
    List<RevisionRow> revisions(UUID planId) {
        return jdbc.query(
                "SELECT " + RevisionRow.COLUMNS + " FROM care_plan_revisions WHERE care_plan_id = ?"
                        + " ORDER BY revision_number DESC",
                (rs, n) -> RevisionRow.read(rs),
                planId);
    }

    /** ix_care_plan_goal_progress_goal: progress toward one goal of the plan, newest first. */
    List<ProgressRow> progress(UUID planId, UUID goalId) {
        return jdbc.query(
                "SELECT " + ProgressRow.COLUMNS + " FROM care_plan_goal_progress WHERE care_plan_id = ?"
                        + " AND goal_id = ? ORDER BY recorded_at DESC, id",
                (rs, n) -> ProgressRow.read(rs),
                planId,
                goalId);
    }

    boolean clientExists(UUID clientId, UUID workspaceId) {
        Integer found = jdbc.queryForObject(
                "SELECT count(*) FROM clients WHERE id = ? AND workspace_id = ?", Integer.class, clientId, workspaceId);
        return found != null && found > 0;
    }
}
