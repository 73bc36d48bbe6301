package com.pazpaz.command.common;

import com.pazpaz.kernel.common.BusinessRuleViolation;
import com.pazpaz.kernel.ids.TypedId;
import com.pazpaz.kernel.ids.WorkspaceId;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names unique per workspace (services and locations, R-SVC-1), kept in {@code command_model.name_reservations}.
 * Controllers ask {@link #isTaken} to answer 409 early; the unique constraint, written by the lookup handlers in
 * the event transaction, settles races between instances: the loser's command fails with the same 409.
 */
@Component
public class NameReservations {

    private final JdbcTemplate jdbc;

    NameReservations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether another record of this kind already holds the name in the workspace. */
    public boolean isTaken(String kind, WorkspaceId workspaceId, String name, TypedId exceptRecord) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM command_model.name_reservations"
                        + " WHERE kind = ? AND workspace_id = ? AND name = ? AND record_id <> ?",
                Integer.class,
                kind,
                workspaceId.value(),
                name,
                exceptRecord == null ? new UUID(0, 0) : exceptRecord.value());
        return count != null && count > 0;
    }

    /** Whether the record of this kind exists in the workspace, holding a name. */
    public boolean holds(String kind, WorkspaceId workspaceId, TypedId recordId) {
        Boolean held = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command_model.name_reservations"
                        + " WHERE kind = ? AND record_id = ? AND workspace_id = ?)",
                Boolean.class,
                kind,
                recordId.value(),
                workspaceId.value());
        return Boolean.TRUE.equals(held);
    }

    /** Takes the name for a new record; {@code taken} explains the refusal when another record holds it. */
    public void reserve(
            String kind, WorkspaceId workspaceId, String name, TypedId recordId, BusinessRuleViolation taken) {
        try {
            jdbc.update(
                    "INSERT INTO command_model.name_reservations (kind, record_id, workspace_id, name)"
                            + " VALUES (?, ?, ?, ?)",
                    kind,
                    recordId.value(),
                    workspaceId.value(),
                    name);
        } catch (DuplicateKeyException e) {
            throw taken;
        }
    }

    /** Moves a record to a new name, freeing its old one. */
    public void rename(String kind, String name, TypedId recordId, BusinessRuleViolation taken) {
        try {
            jdbc.update(
                    "UPDATE command_model.name_reservations SET name = ? WHERE kind = ? AND record_id = ?",
                    name,
                    kind,
                    recordId.value());
        } catch (DuplicateKeyException e) {
            throw taken;
        }
    }

    /** Frees the name of a deleted record. */
    public void release(String kind, TypedId recordId) {
        jdbc.update(
                "DELETE FROM command_model.name_reservations WHERE kind = ? AND record_id = ?", kind, recordId.value());
    }
}
