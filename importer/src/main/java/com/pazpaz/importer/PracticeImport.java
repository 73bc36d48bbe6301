package com.pazpaz.importer;

import com.pazpaz.importer.ImportSteps.Act;
import com.pazpaz.kernel.ids.LocationId;
import com.pazpaz.kernel.ids.ServiceId;
import com.pazpaz.kernel.ids.UserId;
import com.pazpaz.kernel.ids.WorkspaceId;
import com.pazpaz.kernel.location.CreateLocationCommand;
import com.pazpaz.kernel.location.LocationType;
import com.pazpaz.kernel.service.CreateServiceCommand;
import com.pazpaz.kernel.workspace.AddAssistantCommand;
import com.pazpaz.kernel.workspace.ChangeStorageQuotaCommand;
import com.pazpaz.kernel.workspace.ChangeUserRoleCommand;
import com.pazpaz.kernel.workspace.CreateWorkspaceCommand;
import com.pazpaz.kernel.workspace.DeactivateUserCommand;
import com.pazpaz.kernel.workspace.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The practice's frame: workspaces with their first owner, the other users, services and locations. Remembers each
 * practice's owner, who stands as the author of what the reference recorded without one.
 */
final class PracticeImport {

    private final JdbcTemplate reference;
    private final ImportSteps steps;
    private final ImportedPractices practices;

    PracticeImport(JdbcTemplate reference, ImportSteps steps, ImportedPractices practices) {
        this.reference = reference;
        this.steps = steps;
        this.practices = practices;
    }

    void importAll() {
        reference.query(
                "SELECT w.id, w.name, w.created_at, w.storage_quota_bytes, u.id AS owner_id, u.email, u.full_name FROM workspaces w"
                        + " LEFT JOIN LATERAL (SELECT * FROM users u WHERE u.workspace_id = w.id AND lower(u.role) = 'owner'"
                        + " ORDER BY u.created_at, u.id LIMIT 1) u ON true ORDER BY w.created_at, w.id",
                rs -> {
                    workspace(rs);
                });
        reference.query("SELECT * FROM users ORDER BY created_at, id", rs -> {
            user(rs);
        });
        reference.query("SELECT * FROM services ORDER BY created_at, id", rs -> {
            service(rs);
        });
        reference.query("SELECT * FROM locations ORDER BY created_at, id", rs -> {
            location(rs);
        });
    }

    private void workspace(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID ownerId = rs.getObject("owner_id", UUID.class);
        if (ownerId == null) {
            steps.report().skipped("workspaces", id, "the practice has no owner user");
            return;
        }
        Instant createdAt = time(rs, "created_at");
        String name = rs.getString("name");
        String email = rs.getString("email");
        String fullName = rs.getString("full_name");
        long quota = rs.getLong("storage_quota_bytes");
        boolean earlier = steps.isDone("workspaces", id, "created");
        steps.row("workspaces", () -> {
            boolean imported = steps.run(
                    "workspaces",
                    id,
                    "created",
                    new Act(id, ownerId, createdAt),
                    WorkspaceId.of(id),
                    () -> new CreateWorkspaceCommand(
                            WorkspaceId.of(id), name, UserId.of(ownerId), email, fullName, createdAt));
            if (imported) {
                practices.add(id, ownerId);
            }
            // the practice's quota, so that its files are imported within it (a no-op at the default)
            return imported
                    && steps.run(
                            "workspaces",
                            id,
                            "quota",
                            new Act(id, ownerId, createdAt),
                            WorkspaceId.of(id),
                            () -> new ChangeStorageQuotaCommand(WorkspaceId.of(id), quota, createdAt));
        });
        // the first owner comes with the workspace's event, and is counted with it
        if (practices.contains(id)) {
            if (earlier) {
                steps.report().countAlreadyImported("users");
            } else {
                steps.report().countImported("users");
            }
        }
    }

    private void user(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID workspaceId = rs.getObject("workspace_id", UUID.class);
        UUID owner = practices.ownerFor("users", id, workspaceId);
        if (owner == null || id.equals(owner)) {
            return;
        }
        Instant createdAt = time(rs, "created_at");
        Instant updatedAt = time(rs, "updated_at");
        WorkspaceId workspace = WorkspaceId.of(workspaceId);
        UserId user = UserId.of(id);
        String email = rs.getString("email");
        String fullName = rs.getString("full_name");
        boolean extraOwner = "owner".equalsIgnoreCase(rs.getString("role"));
        boolean inactive = !rs.getBoolean("is_active");
        // the first owner came with the workspace; the others join as assistants, then get their role
        steps.row(
                "users",
                () -> added(
                                steps.run(
                                        "users",
                                        id,
                                        "added",
                                        new Act(workspaceId, owner, createdAt),
                                        workspace,
                                        () -> new AddAssistantCommand(workspace, user, email, fullName, createdAt)),
                                workspaceId,
                                id)
                        && (!extraOwner
                                || steps.run(
                                        "users",
                                        id,
                                        "made-owner",
                                        new Act(workspaceId, owner, createdAt),
                                        workspace,
                                        () -> new ChangeUserRoleCommand(workspace, user, Role.OWNER, createdAt)))
                        && (!inactive
                                || steps.run(
                                        "users",
                                        id,
                                        "deactivated",
                                        new Act(workspaceId, owner, updatedAt),
                                        workspace,
                                        () -> new DeactivateUserCommand(workspace, user, updatedAt))));
    }

    /** Remembers a user who is now a member of the practice here: an author its later rows may name. */
    private boolean added(boolean imported, UUID workspaceId, UUID userId) {
        if (imported) {
            practices.addUser(workspaceId, userId);
        }
        return imported;
    }

    private void service(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID workspaceId = rs.getObject("workspace_id", UUID.class);
        UUID owner = practices.ownerFor("services", id, workspaceId);
        if (owner == null) {
            return;
        }
        Instant createdAt = time(rs, "created_at");
        String name = rs.getString("name");
        String description = rs.getString("description");
        int duration = rs.getInt("default_duration_minutes");
        boolean active = rs.getBoolean("is_active");
        // the reference keeps no price: an imported service has none until the practice sets one
        steps.row(
                "services",
                () -> steps.run(
                        "services",
                        id,
                        "created",
                        new Act(workspaceId, owner, createdAt),
                        ServiceId.of(id),
                        () -> new CreateServiceCommand(
                                ServiceId.of(id),
                                WorkspaceId.of(workspaceId),
                                name,
                                description,
                                duration,
                                active,
                                createdAt,
                                null,
                                null)));
    }

    private void location(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID workspaceId = rs.getObject("workspace_id", UUID.class);
        UUID owner = practices.ownerFor("locations", id, workspaceId);
        if (owner == null) {
            return;
        }
        Instant createdAt = time(rs, "created_at");
        String name = rs.getString("name");
        String type = rs.getString("location_type");
        String address = rs.getString("address");
        String details = rs.getString("details");
        boolean active = rs.getBoolean("is_active");
        steps.row(
                "locations",
                () -> steps.run(
                        "locations",
                        id,
                        "created",
                        new Act(workspaceId, owner, createdAt),
                        LocationId.of(id),
                        () -> new CreateLocationCommand(
                                LocationId.of(id),
                                WorkspaceId.of(workspaceId),
                                name,
                                LocationType.fromJson(type.toLowerCase(Locale.ROOT)),
                                address,
                                details,
                                active,
                                createdAt)));
    }

    static Instant time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
