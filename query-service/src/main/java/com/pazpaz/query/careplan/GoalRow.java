package com.pazpaz.query.careplan;

import com.pazpaz.kernel.careplan.CarePlanGoal;
import com.pazpaz.kernel.careplan.GoalStatus;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A row of {@code care_plan_goals}: one current goal of a plan, its texts as the events' ciphertext. */
record GoalRow(
        UUID id,
        UUID carePlanId,
        int position,
        byte[] description,
        LocalDate targetDate,
        GoalStatus status,
        byte[] baseline,
        byte[] currentMeasure) {

    /** Written whole; the plan's goals are replaced each time its content changes. */
    static final RowTable<GoalRow> TABLE = RowTable.insertOnly(
            "care_plan_goals",
            List.of(
                    TableColumn.uuid("id", GoalRow::id),
                    TableColumn.uuid("care_plan_id", GoalRow::carePlanId),
                    TableColumn.int4("position", GoalRow::position),
                    TableColumn.bytes("description", GoalRow::description),
                    Dates.column("target_date", GoalRow::targetDate),
                    TableColumn.name("status", GoalRow::status),
                    TableColumn.bytes("baseline", GoalRow::baseline),
                    TableColumn.bytes("current_measure", GoalRow::currentMeasure)),
            GoalRow::read);

    static final String COLUMNS =
            "id, care_plan_id, position, description, target_date, status, baseline," + " current_measure";

    static GoalRow of(UUID carePlanId, int position, CarePlanGoal goal) {
        return new GoalRow(
                goal.goalId(),
                carePlanId,
                position,
                CarePlanRow.bytes(goal.description()),
                goal.targetDate(),
                goal.status(),
                CarePlanRow.bytes(goal.baseline()),
                CarePlanRow.bytes(goal.currentMeasure()));
    }

    static GoalRow read(ResultSet rs) throws SQLException {
        return new GoalRow(
                Columns.uuid(rs, 1),
                Columns.uuid(rs, 2),
                rs.getInt(3),
                rs.getBytes(4),
                Dates.read(rs, 5),
                GoalStatus.valueOf(rs.getString(6)),
                rs.getBytes(7),
                rs.getBytes(8));
    }
}
