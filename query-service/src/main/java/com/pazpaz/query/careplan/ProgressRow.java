package com.pazpaz.query.careplan;

import com.pazpaz.kernel.session.SessionGoalProgressRecordedEvent;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of {@code care_plan_goal_progress}: what a note recorded toward a goal, as the note's ciphertext. */
record ProgressRow(
        UUID id,
        UUID carePlanId,
        UUID goalId,
        UUID sessionId,
        UUID recordedByUserId,
        byte[] note,
        byte[] measure,
        Instant recordedAt) {

    /** Inserted; deleted with its note (SessionRow.TABLE) or its plan. */
    static final RowTable<ProgressRow> TABLE = RowTable.insertOnly(
            "care_plan_goal_progress",
            List.of(
                    TableColumn.uuid("id", ProgressRow::id),
                    TableColumn.uuid("care_plan_id", ProgressRow::carePlanId),
                    TableColumn.uuid("goal_id", ProgressRow::goalId),
                    TableColumn.uuid("session_id", ProgressRow::sessionId),
                    TableColumn.uuid("recorded_by_user_id", ProgressRow::recordedByUserId),
                    TableColumn.bytes("note", ProgressRow::note),
                    TableColumn.bytes("measure", ProgressRow::measure),
                    TableColumn.instant("recorded_at", ProgressRow::recordedAt)),
            ProgressRow::read);

    static final String COLUMNS =
            "id, care_plan_id, goal_id, session_id, recorded_by_user_id, note, measure," + " recorded_at";

    static ProgressRow of(SessionGoalProgressRecordedEvent event) {
        return new ProgressRow(
                event.entryId(),
                event.carePlanId(),
                event.goalId(),
                event.sessionId().value(),
                event.author().value(),
                CarePlanRow.bytes(event.progressNote()),
                CarePlanRow.bytes(event.measure()),
                event.recordedAt());
    }

    static ProgressRow read(ResultSet rs) throws SQLException {
        return new ProgressRow(
                Columns.uuid(rs, 1),
                Columns.uuid(rs, 2),
                Columns.uuid(rs, 3),
                Columns.uuid(rs, 4),
                Columns.uuid(rs, 5),
                rs.getBytes(6),
                rs.getBytes(7),
                Columns.instant(rs, 8));
    }
}
