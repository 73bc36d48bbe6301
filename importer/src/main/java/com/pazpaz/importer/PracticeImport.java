package com.pazpaz.importer;

import com.pazpaz.command.workspace.StaffCipher;
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
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The practice's frame: workspaces with their first owner, the other users, services and locations. Remembers each
 * practice's owner, who stands as the author of what the reference recorded without one.
 */
final class PracticeImport {

    private final JdbcTemplate reference;
    private final ImportSteps steps;
    private final ImportedPractices practices;
    private final StaffCipher cipher;

    PracticeImport(JdbcTemplate reference, ImportSteps steps, ImportedPractices practices, StaffCipher cipher) {
        this.reference = reference;
        this.steps = steps;
        this.practices = practices;
        this.cipher = cipher;
    }

    void importAll() {
        ReferenceTable.query(
                        reference,
                        steps,
                        "workspaces",
                        "SELECT w.id, w.name, w.created_at, w.storage_quota_bytes, u.id AS owner_id, u.email, u.full_name"
                                + " FROM workspaces w LEFT JOIN LATERAL (SELECT * FROM users u WHERE u.workspace_id = w.id"
                                + " AND lower(u.role) = 'owner' ORDER BY u.created_at, u.id LIMIT 1) u ON true"
                                + " ORDER BY w.created_at, w.id",
                        "id",
                        this::firstOwner)
                .importEach(this::workspace);
        ReferenceTable.of(reference, steps, practices, "users").importEach(this::user);
        ReferenceTable.of(reference, steps, practices, "services").importEach(this::service);
        ReferenceTable.of(reference, steps, practices, "locations").importEach(this::location);
    }

    private UUID firstOwner(ResultSet rs, UUID id, UUID workspaceId) throws SQLException {
        UUID ownerId = rs.getObject("owner_id", UUID.class);
        if (ownerId == null) {
            steps.report().skipped("workspaces", id, "the practice has no owner user");
        }
        return ownerId;
    }

    private BooleanSupplier workspace(ReferenceTable.Row row) throws SQLException {
        UUID id = row.id();
        UUID ownerId = row.owner();
        Instant createdAt = row.time("created_at");
        String name = row.columns().getString("name");
        String email = row.columns().getString("email");
        String fullName = row.columns().getString("full_name");
        long quota = row.columns().getLong("storage_quota_bytes");
        boolean earlier = row.isDone("created");
        return () -> {
            boolean imported = row.run("created", ownerId, createdAt, WorkspaceId.of(id), () -> {
                StaffCipher.Sealed owner = cipher.sealForNewUser(UserId.of(ownerId), email, fullName);
                return new CreateWorkspaceCommand(
                        WorkspaceId.of(id), name, UserId.of(ownerId), owner.email(), owner.fullName(), createdAt);
            });
            if (imported) {
                practices.add(id, ownerId);
            }
            // the practice's quota, so that its files are imported within it (a no-op at the default)
            boolean done = imported
                    && row.run(
                            "quota",
                            ownerId,
                            createdAt,
                            WorkspaceId.of(id),
                            () -> new ChangeStorageQuotaCommand(WorkspaceId.of(id), quota, createdAt));
            // the first owner comes with the workspace's event, and is counted with it
            if (imported) {
                if (earlier) {
                    steps.report().countAlreadyImported("users");
                } else {
                    steps.report().countImported("users");
                }
            }
            return done;
        };
    }

    private BooleanSupplier user(ReferenceTable.Row row) throws SQLException {
        UUID id = row.id();
        UUID owner = row.owner();
        if (id.equals(owner)) {
            return null; // came with the workspace
        }
        ResultSet rs = row.columns();
        Instant createdAt = row.time("created_at");
        Instant updatedAt = row.time("updated_at");
        WorkspaceId workspace = WorkspaceId.of(row.workspaceId());
        UserId user = UserId.of(id);
        String email = rs.getString("email");
        String fullName = rs.getString("full_name");
        boolean extraOwner = "owner".equalsIgnoreCase(rs.getString("role"));
        boolean inactive = !rs.getBoolean("is_active");
        // the first owner came with the workspace; the others join as assistants, then get their role
        return () -> added(
                        row.run("added", owner, createdAt, workspace, () -> {
                            StaffCipher.Sealed sealed = cipher.sealForNewUser(user, email, fullName);
                            return new AddAssistantCommand(
                                    workspace, user, sealed.email(), sealed.fullName(), createdAt);
                        }),
                        row.workspaceId(),
                        id)
                && (!extraOwner
                        || row.run(
                                "made-owner",
                                owner,
                                createdAt,
                                workspace,
                                () -> new ChangeUserRoleCommand(workspace, user, Role.OWNER, createdAt)))
                && (!inactive
                        || row.run(
                                "deactivated",
                                owner,
                                updatedAt,
                                workspace,
                                () -> new DeactivateUserCommand(workspace, user, updatedAt)));
    }

    /** Remembers a user who is now a member of the practice here: an author its later rows may name. */
    private boolean added(boolean imported, UUID workspaceId, UUID userId) {
        if (imported) {
            practices.addUser(workspaceId, userId);
        }
        return imported;
    }

    private BooleanSupplier service(ReferenceTable.Row row) throws SQLException {
        ResultSet rs = row.columns();
        ServiceId service = ServiceId.of(row.id());
        WorkspaceId workspace = WorkspaceId.of(row.workspaceId());
        Instant createdAt = row.time("created_at");
        String name = rs.getString("name");
        String description = rs.getString("description");
        int duration = rs.getInt("default_duration_minutes");
        boolean active = rs.getBoolean("is_active");
        // the reference keeps no price: an imported service has none until the practice sets one
        return () -> row.run(
                "created",
                row.owner(),
                createdAt,
                service,
                () -> new CreateServiceCommand(
                        service, workspace, name, description, duration, active, createdAt, null, null));
    }

    private BooleanSupplier location(ReferenceTable.Row row) throws SQLException {
        ResultSet rs = row.columns();
        LocationId location = LocationId.of(row.id());
        WorkspaceId workspace = WorkspaceId.of(row.workspaceId());
        Instant createdAt = row.time("created_at");
        String name = rs.getString("name");
        String type = rs.getString("location_type");
        String address = rs.getString("address");
        String details = rs.getString("details");
        boolean active = rs.getBoolean("is_active");
        return () -> row.run(
                "created",
                row.owner(),
                createdAt,
                location,
                () -> new CreateLocationCommand(
                        location,
                        workspace,
                        name,
                        LocationType.fromJson(type.toLowerCase(Locale.ROOT)),
                        address,
                        details,
                        active,
                        createdAt));
    }

    static Instant time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
