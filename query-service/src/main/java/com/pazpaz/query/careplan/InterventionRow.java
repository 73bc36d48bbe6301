package com.pazpaz.query.careplan;

import com.pazpaz.kernel.careplan.CarePlanIntervention;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** A row of {@code care_plan_interventions}: one current intervention of a plan, as ciphertext. */
record InterventionRow(UUID id, UUID carePlanId, int position, byte[] description, byte[] frequency) {

    /** Written whole; the plan's interventions are replaced each time its content changes. */
    static final RowTable<InterventionRow> TABLE = RowTable.insertOnly(
            "care_plan_interventions",
            List.of(
                    TableColumn.uuid("id", InterventionRow::id),
                    TableColumn.uuid("care_plan_id", InterventionRow::carePlanId),
                    TableColumn.int4("position", InterventionRow::position),
                    TableColumn.bytes("description", InterventionRow::description),
                    TableColumn.bytes("frequency", InterventionRow::frequency)),
            InterventionRow::read);

    static final String COLUMNS = "id, care_plan_id, position, description, frequency";

    static InterventionRow of(UUID carePlanId, int position, CarePlanIntervention item) {
        return new InterventionRow(
                item.interventionId(),
                carePlanId,
                position,
                CarePlanRow.bytes(item.description()),
                CarePlanRow.bytes(item.frequency()));
    }

    static InterventionRow read(ResultSet rs) throws SQLException {
        return new InterventionRow(
                Columns.uuid(rs, 1), Columns.uuid(rs, 2), rs.getInt(3), rs.getBytes(4), rs.getBytes(5));
    }
}
