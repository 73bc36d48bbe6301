package com.pazpaz.query.careplan;

import com.pazpaz.kernel.careplan.CarePlanRevisedEvent;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of {@code care_plan_revisions}: who revised an active plan, when, and why (ciphertext). */
record RevisionRow(
        UUID id, UUID carePlanId, int revisionNumber, UUID revisedByUserId, byte[] reason, Instant revisedAt) {

    static final RowTable<RevisionRow> TABLE = RowTable.insertOnly(
            "care_plan_revisions",
            List.of(
                    TableColumn.uuid("id", RevisionRow::id),
                    TableColumn.uuid("care_plan_id", RevisionRow::carePlanId),
                    TableColumn.int4("revision_number", RevisionRow::revisionNumber),
                    TableColumn.uuid("revised_by_user_id", RevisionRow::revisedByUserId),
                    TableColumn.bytes("reason", RevisionRow::reason),
                    TableColumn.instant("revised_at", RevisionRow::revisedAt)),
            RevisionRow::read);

    static final String COLUMNS = "id, care_plan_id, revision_number, revised_by_user_id, reason, revised_at";

    static RevisionRow of(CarePlanRevisedEvent event) {
        return new RevisionRow(
                event.revisionId(),
                event.carePlanId().value(),
                event.revisionNumber(),
                event.author().value(),
                CarePlanRow.bytes(event.reason()),
                event.revisedAt());
    }

    static RevisionRow read(ResultSet rs) throws SQLException {
        return new RevisionRow(
                Columns.uuid(rs, 1),
                Columns.uuid(rs, 2),
                rs.getInt(3),
                Columns.uuid(rs, 4),
                rs.getBytes(5),
                Columns.instant(rs, 6));
    }
}
