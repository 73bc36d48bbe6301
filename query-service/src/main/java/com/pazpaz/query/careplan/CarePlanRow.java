package com.pazpaz.query.careplan;

import com.pazpaz.kernel.careplan.CarePlanContent;
import com.pazpaz.kernel.careplan.CarePlanStatus;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.query.common.Columns;
import com.pazpaz.query.common.RowTable;
import com.pazpaz.query.common.TableColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code care_plans} (docs/care-plans.md). Text columns hold the events' ciphertext unchanged.
 * {@code version} is the plan's number of events, the record version used for If-Match.
 */
final class CarePlanRow {

    /** How the projection writes and reads the table; goals, interventions and revisions cascade with it. */
    static final RowTable<CarePlanRow> TABLE = new RowTable<>(
            "care_plans",
            List.of(
                    TableColumn.uuid("id", r -> r.id),
                    TableColumn.uuid("workspace_id", r -> r.workspaceId),
                    TableColumn.uuid("client_id", r -> r.clientId),
                    TableColumn.uuid("created_by_user_id", r -> r.createdByUserId),
                    TableColumn.name("status", r -> r.status),
                    TableColumn.bytes("problem_statement", r -> r.problemStatement),
                    TableColumn.bytes("diagnosis", r -> r.diagnosis),
                    Dates.column("review_date", r -> r.reviewDate),
                    TableColumn.bytes("close_reason", r -> r.closeReason),
                    TableColumn.int4("revision_count", r -> r.revisionCount),
                    TableColumn.int4("version", r -> r.version),
                    TableColumn.instant("created_at", r -> r.createdAt),
                    TableColumn.instant("updated_at", r -> r.updatedAt),
                    TableColumn.instant("activated_at", r -> r.activatedAt),
                    TableColumn.instant("closed_at", r -> r.closedAt)),
            CarePlanRow::read,
            CarePlanRowEvolution::changes,
            CarePlanRowEvolution::apply,
            List.of(
                    "DELETE FROM care_plan_goals WHERE care_plan_id = ?",
                    "DELETE FROM care_plan_interventions WHERE care_plan_id = ?",
                    "DELETE FROM care_plan_revisions WHERE care_plan_id = ?"));

    static final String COLUMNS = "id, workspace_id, client_id, created_by_user_id, status, problem_statement,"
            + " diagnosis, review_date, close_reason, revision_count, version, created_at, updated_at, activated_at,"
            + " closed_at";

    final UUID id;
    final UUID workspaceId;
    final UUID clientId;
    final UUID createdByUserId;
    final Instant createdAt;
    CarePlanStatus status = CarePlanStatus.DRAFT;
    byte[] problemStatement;
    byte[] diagnosis;
    LocalDate reviewDate;
    byte[] closeReason;
    int revisionCount;
    int version = 1;
    Instant updatedAt;
    Instant activatedAt;
    Instant closedAt;

    CarePlanRow(UUID id, UUID workspaceId, UUID clientId, UUID createdByUserId, Instant createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.clientId = clientId;
        this.createdByUserId = createdByUserId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    static CarePlanRow read(ResultSet rs) throws SQLException {
        CarePlanRow row = new CarePlanRow(
                Columns.uuid(rs, 1),
                Columns.uuid(rs, 2),
                Columns.uuid(rs, 3),
                Columns.uuid(rs, 4),
                Columns.instant(rs, 12));
        row.status = CarePlanStatus.valueOf(rs.getString(5));
        row.problemStatement = rs.getBytes(6);
        row.diagnosis = rs.getBytes(7);
        row.reviewDate = Dates.read(rs, 8);
        row.closeReason = rs.getBytes(9);
        row.revisionCount = rs.getInt(10);
        row.version = rs.getInt(11);
        row.updatedAt = Columns.instant(rs, 13);
        row.activatedAt = Columns.instant(rs, 14);
        row.closedAt = Columns.instant(rs, 15);
        return row;
    }

    void setContent(CarePlanContent content) {
        problemStatement = bytes(content.problemStatement());
        diagnosis = bytes(content.diagnosis());
        reviewDate = content.reviewDate();
    }

    /** Every event counts toward the version and moves {@code updated_at}. */
    void changed(Instant at) {
        version++;
        updatedAt = at;
    }

    static byte[] bytes(EncryptedValue value) {
        return value == null ? null : value.bytes();
    }

    static EncryptedValue value(byte[] bytes) {
        return bytes == null ? null : EncryptedValue.of(bytes);
    }
}
